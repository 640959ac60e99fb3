import { Text, View } from '@tarojs/components';
import { LongText, overBy } from '../../../../components/LongText';
import { useState } from 'react';
import { Button } from '../../../../components/ui';
import type { DiarySections } from '../../../../core/diary/sections';
import { useMutation } from '../../../../hooks/useMutation';
import { newRequestId } from '../../../../services/location';
import type { DiaryEntryView } from '../../../../../types/diary';
import { SectionFields, sectionsTooLong } from './SectionFields';

const REASON_MAX = 200;

/** 补记: change a past day's entry with a reason; the original stays visible to the supervisor. */
export function AmendForm({ entry, onDone, onCancel }: { entry: DiaryEntryView; onDone: () => void; onCancel: () => void }) {
  const [sections, setSections] = useState<DiarySections>({ ...entry.sections });
  const [reason, setReason] = useState('');
  const [requestId, setRequestId] = useState(newRequestId);
  const m = useMutation('diary.amend');
  const change = (next: DiarySections) => {
    setSections(next);
    setRequestId(newRequestId());
  };

  async function submit() {
    const out = await m.run({ day: entry.day, sections, reason: reason.trim(), clientRequestId: requestId });
    if (out) onDone();
  }

  return (
    <View className='stack diary-amend'>
      <Text className='muted'>补记会保留原来的内容，并记下补记原因和时间，督导可以看到。</Text>
      <SectionFields value={sections} onChange={(k, t) => change({ ...sections, [k]: t })} />
      <View className='diary-field'>
        <View className='diary-field__label'>
          <Text>补记原因（必填）</Text>
        </View>
        <LongText className='textarea diary-textarea--short' value={reason} max={REASON_MAX} placeholder='例如：当天漏记了下午的工作' onInput={setReason} />
      </View>
      {m.error ? <Text className='bad'>{m.error.message}</Text> : null}
      <View className='diary-actions'>
        <Button type='primary' size='large' loading={m.pending} disabled={reason.trim().length < 4 || overBy(reason, REASON_MAX) > 0 || sectionsTooLong(sections)} onClick={submit}>
          提交补记
        </Button>
        <Button size='large' onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
