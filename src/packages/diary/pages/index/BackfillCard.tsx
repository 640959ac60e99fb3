import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Button } from '../../../../components/ui';
import { dayLabel } from '../../../../core/labels';
import { emptySections, type DiarySections } from '../../../../core/diary/sections';
import { useMutation } from '../../../../hooks/useMutation';
import { newRequestId } from '../../../../services/location';
import { SectionFields, sectionsTooLong } from './SectionFields';

/** Yesterday has no entry: it may still be written (补写), and it is counted as written late. */
export function BackfillCard({ day, onDone }: { day: string; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [sections, setSections] = useState<DiarySections>(emptySections);
  const [requestId, setRequestId] = useState(newRequestId);
  const m = useMutation('diary.save');
  async function submit() {
    const out = await m.run({ day, sections, clientRequestId: requestId });
    if (out) {
      setOpen(false);
      onDone();
    }
  }
  return (
    <View className='card stack'>
      <Text>{dayLabel(day)}没有写日志。如果那天在村工作、只是忘了写，可以补写，按补写计。</Text>
      {open ? (
        <>
          <SectionFields
            value={sections}
            onChange={(k, t) => {
              setSections((s) => ({ ...s, [k]: t }));
              setRequestId(newRequestId());
            }}
          />
          {m.error ? <Text className='bad'>{m.error.message}</Text> : null}
          <View className='diary-actions'>
            <Button type='primary' size='large' loading={m.pending} disabled={sectionsTooLong(sections)} onClick={submit}>
              提交补写
            </Button>
            <Button size='large' onClick={() => setOpen(false)}>
              取消
            </Button>
          </View>
        </>
      ) : (
        <View>
          <Button size='large' onClick={() => setOpen(true)}>
            补写{dayLabel(day)}的日志
          </Button>
        </View>
      )}
    </View>
  );
}
