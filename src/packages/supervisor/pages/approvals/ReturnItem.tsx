import { Text, View } from '@tarojs/components';
import type { LeaveQueueItem } from '../../../../../types/leave';
import { Tag } from '../../../../components/ui';
import { LEAVE_TYPE_LABELS, returnDueDay } from '../../../../core/leave/index';

/** An approved leave awaiting 销假; overdue ones stand out. */
export function ReturnItem({ leave }: { leave: LeaveQueueItem }) {
  return (
    <View className={`card${leave.overdue ? ' overdue-card' : ''}`}>
      <View className='row'>
        <Text className='card-title'>
          {leave.personName} · {leave.villageName}
        </Text>
        {leave.overdue ? <Tag type='danger'>超期未销假</Tag> : <Tag type='success'>已批准</Tag>}
      </View>
      <View className='row'>
        <Text className='muted'>{LEAVE_TYPE_LABELS[leave.type]}</Text>
        <Text>
          {leave.from} 至 {leave.to}
        </Text>
      </View>
      <Text className={leave.overdue ? 'bad' : 'muted'}>应于{returnDueDay(leave)}回村打卡销假</Text>
    </View>
  );
}
