import { Text, View } from '@tarojs/components';
import type { LeaveView } from '../../../../../types/leave';
import { Button, Tag } from '../../../../components/ui';
import { LEAVE_STATUS_LABELS, LEAVE_TYPE_LABELS, returnDueDay } from '../../../../core/leave/index';
import { useMutation } from '../../../../hooks/useMutation';

/** The working days of a leave, or why they wait (a year without its holiday schedule yet). */
export const workingDaysText = (n: number | null) => (n === null ? '待节假日安排公布后计算' : `${n}天`);

const TAG_TYPE = { pending: 'warning', approved: 'success', rejected: 'danger', cancelled: 'default', returned: 'info' } as const;

/** One of my leaves: kind, dates, status, the decision, and 撤回 while pending. */
export function LeaveItem({ leave, onChanged }: { leave: LeaveView; onChanged: () => void }) {
  const cancel = useMutation('leave.cancel');
  return (
    <View className={`card${leave.overdue ? ' leave-card--overdue' : ''}`}>
      <View className='row'>
        <Text className='card-title'>
          {LEAVE_TYPE_LABELS[leave.type]} {leave.days}天
        </Text>
        <Tag type={TAG_TYPE[leave.status]}>{LEAVE_STATUS_LABELS[leave.status]}</Tag>
      </View>
      <View className='row'>
        <Text className='muted'>日期</Text>
        <Text>
          {leave.from} 至 {leave.to}
        </Text>
      </View>
      <View className='row'>
        <Text className='muted'>其中工作日</Text>
        <Text className={leave.workingDays === null ? 'muted' : ''}>{workingDaysText(leave.workingDays)}</Text>
      </View>
      <View className='reason'>
        <Text className='muted'>事由：</Text>
        <Text>{leave.reason}</Text>
      </View>
      {leave.status === 'pending' ? (
        <Text className='muted'>等待{leave.approverLevel === 'county' ? '县级管理员' : '乡镇督导'}审批</Text>
      ) : null}
      {leave.decidedByName ? (
        <View className='row'>
          <Text className='muted'>审批</Text>
          <Text>
            {leave.decidedByName}
            {leave.decisionNote ? `：${leave.decisionNote}` : ''}
          </Text>
        </View>
      ) : null}
      {leave.status === 'approved' ? (
        <Text className={leave.overdue ? 'bad' : 'muted'}>
          {leave.overdue
            ? `假期已于${leave.to}结束，还没有销假，请尽快回村打卡。`
            : `${returnDueDay(leave)}起回村，在村里打卡即自动销假。`}
        </Text>
      ) : null}
      {leave.status === 'returned' ? (
        <Text className='ok'>
          {leave.returnDay}回村打卡，已销假{leave.plannedTo ? `（提前返岗，原定至${leave.plannedTo}）` : ''}。
        </Text>
      ) : null}
      {leave.status === 'pending' ? (
        <View>
          <Button
            size='large'
            block
            loading={cancel.pending}
            onClick={async () => {
              if (await cancel.run({ leaveId: leave.id })) onChanged();
            }}
          >
            撤回申请
          </Button>
        </View>
      ) : null}
      {cancel.error ? <Text className='bad'>{cancel.error.message}</Text> : null}
    </View>
  );
}
