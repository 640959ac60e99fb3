import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { PageState } from '../../../../components/PageState';
import { Button, Tag } from '../../../../components/ui';
import { dayLabel, monthLabel } from '../../../../core/labels';
import { DIARY_SECTION_KEYS, DIARY_SECTION_LABELS } from '../../../../core/diary/sections';
import { nextMonth, prevMonth, shanghaiDay, shanghaiHourMinute, shanghaiMonth } from '../../../../core/time';
import { useQuery } from '../../../../hooks/useQuery';
import type { DiaryEntryView } from '../../../../../types/diary';
import { AmendmentDiff } from './AmendmentDiff';
import { FlagEvidence } from './FlagEvidence';
import '../index/diary.css';
import { serverNow } from '../../../../services/server-clock';

/** ?personId= or ?villageId=, and ?month=, from the page URL. */
function param(name: 'personId' | 'villageId' | 'month'): string | undefined {
  const v = Taro.getCurrentInstance?.()?.router?.params?.[name];
  return v ? decodeURIComponent(v) : undefined;
}

const when = (iso: string) => `${dayLabel(shanghaiDay(new Date(iso)))} ${shanghaiHourMinute(new Date(iso))}`;

function ReviewCard({ e }: { e: DiaryEntryView }) {
  return (
    <View className='card stack'>
      <View className='row'>
        <Text className='card-title'>
          {dayLabel(e.day)} {e.personName}
        </Text>
        <View className='diary-tags'>
          {e.late ? <Tag type='warning'>补写</Tag> : null}
          {e.amendments.length > 0 ? <Tag type='primary'>补记{e.amendments.length}次</Tag> : null}
          {e.flags.some((f) => f.status === 'open') ? <Tag type='danger'>有提示</Tag> : null}
        </View>
      </View>
      {DIARY_SECTION_KEYS.filter((k) => e.sections[k]).map((k) => (
        <View key={k} className='diary-read'>
          <Text className='diary-read__label'>{DIARY_SECTION_LABELS[k]}</Text>
          <Text className='diary-read__text'>{e.sections[k]}</Text>
        </View>
      ))}
      {e.visits.length > 0 ? (
        <Text className='muted'>
          入户走访（到户核验位置）：{e.visits.map((v) => `${v.group}${v.householdName}`).join('、')}
        </Text>
      ) : null}
      {e.photos.length > 0 ? (
        <View className='diary-photos'>
          {e.photos.map((p) => (
            <Image key={p.id} className='diary-photo__img' src={p.url} mode='aspectFill' />
          ))}
        </View>
      ) : null}
      <Text className='muted'>写于 {when(e.createdAt)}</Text>
      {e.amendments.map((a, i) => (
        <AmendmentDiff key={i} a={a} when={when(a.at)} />
      ))}
      {e.flags.map((f) => (
        <FlagEvidence key={f.id} flag={f} />
      ))}
    </View>
  );
}

/**
 * A supervisor reads one cadre's (?personId=) or one village's (?villageId=) diaries of a month:
 * every 补记 with the original text, and the detection flags with the matching pair.
 */
export default function DiaryReview() {
  const [target] = useState(() => ({ personId: param('personId'), villageId: param('villageId') }));
  const [month, setMonth] = useState(() => param('month') ?? shanghaiMonth(serverNow()));
  const q = useQuery('diary.list', { month, ...target });
  const entries = q.data?.entries ?? [];
  return (
    <View className='page'>
      <View className='title'>工作日志</View>
      <View className='row'>
        <Button size='small' onClick={() => setMonth(prevMonth(month))}>
          上个月
        </Button>
        <Text>{monthLabel(month)}</Text>
        <Button size='small' onClick={() => setMonth(nextMonth(month))}>
          下个月
        </Button>
      </View>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!q.data}>
        {q.data && entries.length === 0 ? (
          <View className='card'>
            <Text className='muted'>这个月还没有日志。</Text>
          </View>
        ) : null}
        {entries.map((e) => (
          <ReviewCard key={e.id} e={e} />
        ))}
      </PageState>
    </View>
  );
}
