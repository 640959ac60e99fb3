import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { RECTIFICATION_MAX_CHARS, RECTIFICATION_MIN_CHARS, type EvidenceView, type ProblemView } from '../../../../../types/ledger';
import { LongText, overBy } from '../../../../components/LongText';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { newRequestId } from '../../../../services/location';
import { usePhotoPicker } from '../../../../hooks/usePhotoPicker';

/** The 责任人's 整改完成情况 with photos as 佐证材料 (compressed on the phone), sent for 销号. */
export function RectifyForm({ p, drafts, onSubmitted }: { p: ProblemView; drafts: EvidenceView[]; onSubmitted: () => void }) {
  const [text, setText] = useState(p.rectification?.text ?? '');
  const [photos, setPhotos] = useState<{ id: string; url: string }[]>(() => drafts.filter((d) => d.contentType.startsWith('image/')).map((d) => ({ id: d.id, url: d.url })));
  const [requestId] = useState(newRequestId);
  const upload = useMutation('ledger.uploadEvidence');
  const submit = useMutation('ledger.submit');

  const { add, problem } = usePhotoPicker(async (prepared) => {
    const out = await upload.run({ problemId: p.id, ...prepared, clientRequestId: newRequestId() });
    if (out) setPhotos((list) => [...list, { id: out.evidenceId, url: out.url }]);
  });
  async function send() {
    const out = await submit.run({ problemId: p.id, text: text.trim(), evidenceIds: photos.map((x) => x.id), clientRequestId: requestId });
    if (out) onSubmitted();
  }
  const short = text.trim().length < RECTIFICATION_MIN_CHARS;
  return (
    <View className='card stack'>
      <View className='card-title'>提交整改完成情况</View>
      <LongText className='textarea' value={text} max={RECTIFICATION_MAX_CHARS} autoHeight placeholder='写明做了什么、什么时候完成、效果如何（不要照抄问题原文）' onInput={setText} />
      <Text className='ledger-field'>佐证材料（照片，至少一张）</Text>
      {photos.length > 0 ? (
        <View className='ledger-evidence'>
          {photos.map((x) => (
            <View key={x.id} className='stack'>
              <Image className='ledger-evidence__img' src={x.url} mode='aspectFill' />
              <Text className='muted' onClick={() => setPhotos((list) => list.filter((y) => y.id !== x.id))}>
                不用这张
              </Text>
            </View>
          ))}
        </View>
      ) : null}
      <Button size='large' block loading={upload.pending} onClick={add}>
        添加照片
      </Button>
      {upload.error ? <Text className='bad'>{upload.error.message}</Text> : null}
      {problem ? <Text className='bad'>{problem}</Text> : null}
      <Button
        type='primary'
        size='large'
        block
        disabled={short || photos.length === 0 || overBy(text, RECTIFICATION_MAX_CHARS) > 0}
        loading={submit.pending}
        onClick={send}
      >
        提交，等待销号
      </Button>
      {short ? <Text className='muted'>整改完成情况至少写{RECTIFICATION_MIN_CHARS}个字。</Text> : null}
      {submit.error ? <Text className='bad'>{submit.error.message}</Text> : null}
    </View>
  );
}
