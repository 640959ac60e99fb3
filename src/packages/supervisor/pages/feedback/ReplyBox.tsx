import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { newRequestId } from '../../../../services/location';

/** 答复 or 答复并办结 one item (audited on the server). */
export function ReplyBox({ id, onDone }: { id: string; onDone: () => void }) {
  const [reply, setReply] = useState('');
  const [requestId] = useState(newRequestId);
  const m = useMutation('feedback.reply');
  const send = async (close: boolean) => {
    const out = await m.run({ id, reply: reply.trim(), close, clientRequestId: `${requestId}-${close ? 'c' : 'r'}` });
    if (out) onDone();
  };
  return (
    <View className='stack'>
      <Textarea
        className='fb-text'
        value={reply}
        maxlength={1000}
        placeholder='答复内容，提交人会在“投诉建议”页看到'
        onInput={(e) => {
          setReply(e.detail.value ?? '');
          m.reset();
        }}
      />
      {m.error ? <Text className='bad'>{m.error.details[0]?.message ?? m.error.message}</Text> : null}
      <View className='fb-actions'>
        <Button size='large' disabled={m.pending || reply.trim().length < 2} onClick={() => send(false)}>
          答复
        </Button>
        <Button type='primary' size='large' disabled={m.pending || reply.trim().length < 2} loading={m.pending} onClick={() => send(true)}>
          答复并办结
        </Button>
      </View>
    </View>
  );
}
