import { Text, View } from '@tarojs/components';
import type { LeaveQueueItem } from '../../../../../types/leave';
import { NoteForm } from '../../../../components/NoteForm';
import { Tag } from '../../../../components/ui';
import { LEAVE_TYPE_LABELS } from '../../../../core/leave/index';
import { useMutation } from '../../../../hooks/useMutation';

/** A pending leave: who, when, why; 批准 / 不批准 with a note when this caller is the routed approver. */
export function PendingItem({ leave, onDecided }: { leave: LeaveQueueItem; onDecided: () => void }) {
  const m = useMutation('leave.decide');

  async function decide(decision: 'approve' | 'reject', note: string) {
    const out = await m.run({ leaveId: leave.id, decision, ...(note ? { note } : {}) });
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
          {leave.from} 至 {leave.to}，{leave.days}天（{leave.workingDays === null ? '工作日待节假日安排公布后计算' : `其中工作日${leave.workingDays}天`}）
        </Text>
      </View>
      <View className='reason'>
        <Text className='muted'>事由：</Text>
        <Text>{leave.reason}</Text>
      </View>
      {leave.effects.map((e) => (
        <Text key={e.month} className={`leave-effect ${e.tone}`}>
          {e.sentence}
        </Text>
      ))}
      {leave.canDecide ? (
        <NoteForm
          placeholder='审批意见（不批准时必填）'
          actions={[{ label: '批准', primary: true }, { label: '不批准' }]}
          onConfirm={(note, i) => void decide(i === 0 ? 'approve' : 'reject', note)}
          pending={m.pending}
          error={m.error}
          onEdit={m.reset}
        />
      ) : (
        <Text className='muted'>超过乡镇审批天数，等待县级管理员审批。</Text>
      )}
    </View>
  );
}
