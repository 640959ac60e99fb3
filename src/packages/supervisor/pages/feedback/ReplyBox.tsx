import { useState } from 'react';
import { NoteForm } from '../../../../components/NoteForm';
import { useMutation } from '../../../../hooks/useMutation';
import { newRequestId } from '../../../../services/location';

/** 答复 or 答复并办结 one item (audited on the server). */
export function ReplyBox({ id, onDone }: { id: string; onDone: () => void }) {
  const [requestId] = useState(newRequestId);
  const m = useMutation('feedback.reply');
  const send = async (reply: string, close: boolean) => {
    const out = await m.run({ id, reply, close, clientRequestId: `${requestId}-${close ? 'c' : 'r'}` });
    if (out) onDone();
  };
  return (
    <NoteForm
      boxClassName='textarea fb-text'
      maxLength={1000}
      placeholder='答复内容，提交人会在“投诉建议”页看到'
      actions={[{ label: '答复', minLength: 2 }, { label: '答复并办结', primary: true, minLength: 2 }]}
      onConfirm={(reply, i) => void send(reply, i === 1)}
      pending={m.pending}
      error={m.error}
      onEdit={m.reset}
    />
  );
}
