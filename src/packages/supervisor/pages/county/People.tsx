import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { ROLE_LABELS, type ACTIONS, type OutputOf } from '../../../../../types';
import { Button, Tag } from '../../../../components/ui';
import { NewCode } from './Invites';

type Person = OutputOf<(typeof ACTIONS)['roster.overview']>['people'][number];
type Issued = OutputOf<(typeof ACTIONS)['invite.create']>;
type Show = 'all' | 'unbound' | 'bound';

const SHOWN = 40;
const SHOW_WORDS: Record<Show, string> = { all: '全部', unbound: '未绑定', bound: '已绑定' };

const rolesOf = (p: Person) => p.roles.map((x) => `${ROLE_LABELS[x.role]}·${x.scopeName}`).join('，') || p.unitName || '';

/** The people whose name, role, place or unit holds the search (spaces ignored). */
export function findPeople(people: readonly Person[], search: string, show: Show): Person[] {
  const q = search.replace(/\s+/g, '');
  return people.filter((p) => (show === 'all' || (show === 'bound') === p.bound) && (!q || `${p.name}${rolesOf(p)}${p.unitName ?? ''}${p.code}`.includes(q)));
}

/** 人员: search and filter, and the invitation code shown at the row it was made for. */
export function People(props: { people: readonly Person[]; issuing: boolean; issued: Issued | null; error: string | null; onInvite: (personId: string) => void }) {
  const [search, setSearch] = useState('');
  const [show, setShow] = useState<Show>('all');
  const [all, setAll] = useState(false);
  const [tapped, setTapped] = useState<string | null>(null);
  const found = findPeople(props.people, search, show);
  const listed = all ? found : found.slice(0, SHOWN);
  return (
    <View className='card stack'>
      <View className='card-title'>人员（{props.people.length}）</View>
      <Input className='text-field' value={search} maxlength={20} placeholder='搜姓名、村、乡镇或岗位' onInput={(e) => setSearch(e.detail.value ?? '')} />
      <View className='chips'>
        {(Object.keys(SHOW_WORDS) as Show[]).map((k) => (
          <Text key={k} className={`pill${show === k ? ' pill--on' : ''}`} onClick={() => setShow(k)}>
            {SHOW_WORDS[k]}
          </Text>
        ))}
      </View>
      {found.length === 0 ? <Text className='muted'>没有找到，换个字试试。</Text> : null}
      {listed.map((p) => (
        <View key={p.id} className='stack'>
          <View className='row'>
            <View>
              <View>{p.name}</View>
              <Text className='muted'>{rolesOf(p)}</Text>
            </View>
            {p.bound ? (
              <Tag type='success'>已绑定</Tag>
            ) : (
              <Button
                size='small'
                type='primary'
                disabled={props.issuing}
                onClick={() => {
                  setTapped(p.id);
                  props.onInvite(p.id);
                }}
              >
                发邀请码
              </Button>
            )}
          </View>
          {tapped === p.id && props.issued?.personId === p.id ? <NewCode {...props.issued} /> : null}
          {tapped === p.id && props.error ? <Text className='bad'>{props.error}</Text> : null}
        </View>
      ))}
      {!all && found.length > SHOWN ? (
        <Text className='link' onClick={() => setAll(true)}>
          还有{found.length - SHOWN}人，全部显示 ›
        </Text>
      ) : null}
    </View>
  );
}
