import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { LeaveQueueItem } from '../../../../../types/leave';
import { Button, Tag } from '../../../../components/ui';
import { LEAVE_TYPE_LABELS } from '../../../../core/leave/index';
import { useMutation } from '../../../../hooks/useMutation';

/** A pending leave: who, when, why; 批准 / 不批准 with a note when this caller is the routed approver. */
export function PendingItem({ leave, onDecided }: { leave: LeaveQueueItem; onDecided: () => void }) {
  const [note, setNote] = useState('');
  const m = useMutation('leave.decide');
  const [busy, setBusy] = useState<'approve' | 'reject' | null>(null);

  async function decide(decision: 'approve' | 'reject') {
    setBusy(decision);
    const out = await m.run({ leaveId: leave.id, decision, ...(note.trim() ? { note: note.trim() } : {}) });
    setBusy(null);
    if (out) onDecided();
  }

  return (
    <View className='card stack'>
      <View className='row'>
        <Text className='card-title'>
          {leave.personName} · {leave.villageName}
        </Text>
        <Tag type={leave.approverLevel === 'county' ? 'danger' : 'warning'}>{leave.approverLevel === 'county' ? '县级审批' : '乡镇审批'}</Tag>
      </View>
      <View className='row'>
        <Text className='muted'>{LEAVE_TYPE_LABELS[leave.type]}</Text>
        <Text>
          {leave.from} 至 {leave.to}，{leave.days}天
        </Text>
      </View>
      <View className='reason'>
        <Text className='muted'>事由：</Text>
        <Text>{leave.reason}</Text>
      </View>
      {leave.canDecide ? (
        <>
          <Textarea
            className='note-box'
            value={note}
            maxlength={200}
            placeholder='审批意见（不批准时必填）'
            onInput={(e) => {
              setNote(e.detail.value);
              m.reset();
            }}
          />
          {m.error ? <Text className='bad'>{m.error.details[0]?.message ?? m.error.message}</Text> : null}
          <View className='decide-row'>
            <Button type='primary' size='large' block loading={busy === 'approve'} disabled={!!busy} onClick={() => decide('approve')}>
              批准
            </Button>
            <Button size='large' block loading={busy === 'reject'} disabled={!!busy} onClick={() => decide('reject')}>
              不批准
            </Button>
          </View>
        </>
      ) : (
        <Text className='muted'>超过乡镇审批天数，等待县级管理员审批。</Text>
      )}
    </View>
  );
}
