import { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Button } from '../../../../components/ui';
import { toUiError, type UiError } from '../../../../hooks/errors';
import { offlineQueue, startOfflineSync } from '../../../../services/offline-queue';
import type { ACTIONS, OutputOf } from '../../../../../types';
import { PhotoStrip } from './PhotoStrip';
import { SectionFields, sectionsTooLong } from './SectionFields';
import { useDiaryDraft, type DraftStatus } from './useDiaryDraft';
import { VisitCard } from './VisitCard';

type DiaryGet = OutputOf<(typeof ACTIONS)['diary.get']>;

interface Props {
  personId: string;
  data: DiaryGet;
  demoPoint: { lat: number; lng: number } | null;
  onChanged: () => void;
}

/** Saves of this day still waiting in the offline queue (sent when the network returns). */
const queuedSaves = (day: string) => offlineQueue.list().filter((i) => i.action === 'diary.save' && i.input.day === day);

/** Today's diary: the five sections, household visits, photos, one big 保存日志 button. */
export function TodayCard({ personId, data, demoPoint, onChanged }: Props) {
  const d = useDiaryDraft(personId, data.day, data.entry);
  const { draft, status } = d;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const [queued, setQueued] = useState(() => queuedSaves(data.day));

  useEffect(() => {
    startOfflineSync();
    const unsubscribe = offlineQueue.subscribe(() => {
      const now = queuedSaves(data.day);
      setQueued((before) => {
        // A save that left the queue without a refusal reached the server.
        for (const b of before) if (!now.some((n) => n.id === b.id) && !b.failed) d.markSent(b.id);
        return now;
      });
    });
    return unsubscribe;
  }, [data.day]);
  useDidShow(() => void offlineQueue.flush());

  async function submit() {
    const sent = draft.clientRequestId;
    setPending(true);
    setError(null);
    try {
      const out = await offlineQueue.callOrQueue('diary.save', {
        day: data.day,
        sections: draft.sections,
        visitIds: data.visits.map((v) => v.id),
        photoIds: draft.photos.map((p) => p.id),
        clientRequestId: sent,
      });
      if (out.status === 'sent') {
        d.markSaved(out.result.entry, sent);
        onChanged();
      }
    } catch (e) {
      setError(toUiError(e));
    } finally {
      setPending(false);
    }
  }

  const waiting = queued.filter((q) => !q.failed);
  const refused = queued.find((q) => q.failed);
  return (
    <View className='stack'>
      <View className='card stack'>
        <View className='row'>
          <Text className='card-title'>今天的日志</Text>
          <Text className='muted'>{data.day}</Text>
        </View>
        {status === 'restored' ? <Text className='warn'>已恢复本机上没保存的内容，请点“保存日志”。</Text> : null}
        <SectionFields value={draft.sections} onChange={d.setSection} />
        <PhotoStrip photos={draft.photos} required={data.photosRequired} onChange={d.setPhotos} />
        <View>
          <Button type='primary' size='xlarge' block loading={pending} disabled={sectionsTooLong(draft.sections)} onClick={submit}>
            保存日志
          </Button>
        </View>
        {refused ? (
          <View className='stack'>
            <Text className='bad'>离线保存的日志没能上传：{refused.failed!.message}</Text>
            <View>
              <Button size='small' onClick={() => offlineQueue.dismiss(refused.id)}>
                知道了
              </Button>
            </View>
          </View>
        ) : null}
        <SaveStatus status={status} error={error} waiting={waiting.length > 0 && status !== 'saved'} />
      </View>
      <VisitCard
        visits={data.visits}
        demoPoint={demoPoint}
        onRecorded={(v) => {
          d.appendLine('visits', `走访${v.group}${v.householdName}家：${v.note}。`, v.householdName);
          onChanged();
        }}
      />
    </View>
  );
}

function SaveStatus({ status, error, waiting }: { status: DraftStatus; error: UiError | null; waiting: boolean }) {
  if (error) return <Text className='bad'>{error.message}</Text>;
  if (waiting) return <Text className='warn'>网络不通，日志已保存在手机上，联网后自动上传。</Text>;
  if (status === 'saved') return <Text className='ok'>已保存</Text>;
  if (status === 'dirty' || status === 'restored') return <Text className='muted'>有改动还没保存（已先存在本机）。</Text>;
  return <Text className='muted'>至少写一项，写完点“保存日志”。</Text>;
}
