import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Button, Tag } from '../../../../components/ui';
import { dayLabel } from '../../../../core/labels';
import { DIARY_SECTION_KEYS, DIARY_SECTION_LABELS } from '../../../../core/diary/sections';
import { shanghaiDay, shanghaiHourMinute } from '../../../../core/time';
import type { DiaryEntryView } from '../../../../../types/diary';
import { AmendForm } from './AmendForm';

/** '11月20日 21:30', Shanghai time whatever the phone's zone. */
const when = (iso: string) => `${dayLabel(shanghaiDay(new Date(iso)))} ${shanghaiHourMinute(new Date(iso))}`;

/** One day's entry in the month history: its sections, visits, photos, 补记 history and flags. */
export function EntryCard({ entry, canAmend, onChanged }: { entry: DiaryEntryView; canAmend: boolean; onChanged: () => void }) {
  const [amending, setAmending] = useState(false);
  const openFlags = entry.flags.filter((f) => f.status === 'open');
  return (
    <View className='card stack'>
      <View className='row'>
        <Text className='card-title'>
          {dayLabel(entry.day)}
          {canAmend ? '' : ` ${entry.personName}`}
        </Text>
        <View className='diary-tags'>
          {entry.late ? <Tag type='warning'>补写</Tag> : null}
          {entry.amendments.length > 0 ? <Tag type='primary'>补记{entry.amendments.length}次</Tag> : null}
          {openFlags.length > 0 ? <Tag type='danger'>有提示</Tag> : null}
        </View>
      </View>
      {amending ? (
        <AmendForm
          entry={entry}
          onCancel={() => setAmending(false)}
          onDone={() => {
            setAmending(false);
            onChanged();
          }}
        />
      ) : (
        <>
          {DIARY_SECTION_KEYS.filter((k) => entry.sections[k]).map((k) => (
            <View key={k} className='diary-read'>
              <Text className='diary-read__label'>{DIARY_SECTION_LABELS[k]}</Text>
              <Text className='diary-read__text'>{entry.sections[k]}</Text>
            </View>
          ))}
          {entry.visits.length > 0 ? (
            <Text className='muted'>
              入户走访：{entry.visits.map((v) => `${v.group}${v.householdName}`).join('、')}
            </Text>
          ) : null}
          {entry.photos.length > 0 ? (
            <View className='diary-photos'>
              {entry.photos.map((p) => (
                <Image key={p.id} className='diary-photo__img' src={p.url} mode='aspectFill' />
              ))}
            </View>
          ) : null}
          <Text className='muted'>写于 {when(entry.createdAt)}</Text>
          {entry.amendments.map((a, i) => (
            <Text key={i} className='muted'>
              {when(a.at)} 补记：{a.reason}
            </Text>
          ))}
          {openFlags.map((f) => (
            <Text key={f.id} className='warn'>
              {f.explanation}
            </Text>
          ))}
          {canAmend ? (
            <View>
              <Button size='large' onClick={() => setAmending(true)}>
                补记
              </Button>
            </View>
          ) : null}
        </>
      )}
    </View>
  );
}
