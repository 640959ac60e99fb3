import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { useQuery } from '../../../../hooks/useQuery';
import { newRequestId } from '../../../../services/location';

/** 督查组: the manager's teams, and a form to form one or change one (name and members). */
export function TeamsCard() {
  const q = useQuery('teams.list', {});
  const save = useMutation('teams.save');
  const [editing, setEditing] = useState<{ teamId?: string; name: string; memberIds: string[] } | null>(null);
  const [requestId, setRequestId] = useState(newRequestId);
  const d = q.data;
  if (!d) return q.error ? <Text className='bad'>{q.error.message}</Text> : null;
  const toggle = (id: string) =>
    editing && setEditing({ ...editing, memberIds: editing.memberIds.includes(id) ? editing.memberIds.filter((x) => x !== id) : [...editing.memberIds, id] });
  async function submit() {
    if (!editing) return;
    if (await save.run({ ...editing, clientRequestId: requestId })) {
      setEditing(null);
      setRequestId(newRequestId());
      await q.reload();
    }
  }
  return (
    <View className='card stack'>
      <View className='card-title'>督查组</View>
      {d.teams.length === 0 ? <Text className='muted'>还没有督查组。摇号前请先建立督查组。</Text> : null}
      {d.teams.map((t) => (
        <View key={t.id} className='draw-line' onClick={() => setEditing({ teamId: t.id, name: t.name, memberIds: t.members.map((m) => m.id) })}>
          <View className='row'>
            <Text>{t.name}</Text>
            <Text className='muted'>改 ›</Text>
          </View>
          <Text className='muted'>
            {t.members.map((m) => `${m.name}（${m.countyName}）`).join('、')}
            {d.scope.level === 'city' ? ` · 交叉检查，不查${t.homeCountyNames.join('、')}` : ''}
          </Text>
        </View>
      ))}
      {editing ? (
        <>
          <Text className='muted'>督查组名称</Text>
          <Input className='text-field' value={editing.name} maxlength={20} placeholder='如：市第三督查组' onInput={(e) => setEditing({ ...editing, name: e.detail.value ?? '' })} />
          <Text className='muted'>成员（点选）</Text>
          <View className='draw-pills'>
            {d.inspectors.map((p) => (
              <View key={p.id} className={`pill${editing.memberIds.includes(p.id) ? ' pill--on' : ''}`} onClick={() => toggle(p.id)}>
                {p.name}（{p.countyName}）
              </View>
            ))}
          </View>
          {d.inspectors.length === 0 ? <Text className='warn'>名册里还没有督查组成员，请先在花名册中给人员加上“督查组成员”角色。</Text> : null}
          {save.error ? <Text className='bad'>{save.error.message}</Text> : null}
          <Button type='primary' size='large' block loading={save.pending} onClick={submit}>
            保存督查组
          </Button>
          <Text className='link' onClick={() => setEditing(null)}>
            取消
          </Text>
        </>
      ) : (
        <Button size='large' block onClick={() => setEditing({ name: '', memberIds: [] })}>
          新建督查组
        </Button>
      )}
    </View>
  );
}
