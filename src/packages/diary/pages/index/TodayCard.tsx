import { Text, View } from '@tarojs/components';
import { Button } from '../../../../components/ui';
import type { UiError } from '../../../../hooks/errors';
import { useMutation } from '../../../../hooks/useMutation';
import type { ACTIONS, OutputOf } from '../../../../../types';
import { PhotoStrip } from './PhotoStrip';
import { SectionFields } from './SectionFields';
import { useDiaryDraft, type DraftStatus } from './useDiaryDraft';
import { VisitCard } from './VisitCard';

type DiaryGet = OutputOf<(typeof ACTIONS)['diary.get']>;

interface Props {
  personId: string;
  data: DiaryGet;
  demoPoint: { lat: number; lng: number } | null;
  onChanged: () => void;
}

/** Today's diary: the five sections, household visits, photos, one big 保存日志 button. */
export function TodayCard({ personId, data, demoPoint, onChanged }: Props) {
  const d = useDiaryDraft(personId, data.day, data.entry);
  const save = useMutation('diary.save');
  const { draft, status } = d;

  async function submit() {
    const sent = draft.clientRequestId;
    const out = await save.run({
      day: data.day,
      sections: draft.sections,
      visitIds: data.visits.map((v) => v.id),
      photoIds: draft.photos.map((p) => p.id),
      clientRequestId: sent,
    });
    if (out) {
      d.markSaved(out.entry, sent);
      onChanged();
    }
  }

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
          <Button type='primary' size='xlarge' block loading={save.pending} onClick={submit}>
            保存日志
          </Button>
        </View>
        <SaveStatus status={status} error={save.error} />
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

function SaveStatus({ status, error }: { status: DraftStatus; error: UiError | null }) {
  if (error) {
    return (
      <View className='stack'>
        <Text className='bad'>{error.code === 'NETWORK' ? '网络不通，没有保存成功。' : error.message}</Text>
        <Text className='muted'>写的内容已存在本机，不会丢失；有网络后再点“保存日志”。</Text>
      </View>
    );
  }
  if (status === 'saved') {
    return <Text className='ok'>已保存</Text>;
  }
  if (status === 'dirty' || status === 'restored') return <Text className='muted'>有改动还没保存（已先存在本机）。</Text>;
  return <Text className='muted'>至少写一项，写完点“保存日志”。</Text>;
}
