import { Text, View } from '@tarojs/components';
import { PageState } from '../../../../components/PageState';
import { RoleTabBar } from '../../../../components/RoleTabBar';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { PendingItem } from './PendingItem';
import { ReturnItem } from './ReturnItem';
import './approvals.css';

/** 审批: pending leaves routed to this supervisor or admin, and approved leaves awaiting return. */
export default function Approvals() {
  const { session } = useSession();
  const q = useQuery('leave.queue', {});
  const d = q.data;
  const overdue = d?.awaitingReturn.filter((l) => l.overdue).length ?? 0;
  const mine = d?.pending.filter((l) => l.canDecide) ?? [];
  const forCounty = d?.pending.filter((l) => !l.canDecide) ?? [];
  return (
    <View className='page'>
      <View className='title'>请假审批</View>
      {d ? <View className='subtitle'>{d.today}</View> : null}
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!d}>
        {d ? (
          <View className='stack'>
            <View className='subtitle'>待我审批（{mine.length}）</View>
            {mine.length === 0 ? (
              <View className='card'>
                <Text className='muted'>没有待您审批的请假。</Text>
              </View>
            ) : null}
            {mine.map((l) => (
              <PendingItem key={l.id} leave={l} onDecided={q.reload} />
            ))}
            {forCounty.length ? <View className='subtitle'>等待县级审批（{forCounty.length}，只看不批）</View> : null}
            {forCounty.map((l) => (
              <PendingItem key={l.id} leave={l} onDecided={q.reload} />
            ))}
            <View className='subtitle'>
              待销假（{d.awaitingReturn.length}）{overdue ? `，其中${overdue}人超期` : ''}
            </View>
            {d.awaitingReturn.length === 0 ? (
              <View className='card'>
                <Text className='muted'>没有在假人员。</Text>
              </View>
            ) : null}
            {d.awaitingReturn.map((l) => (
              <ReturnItem key={l.id} leave={l} />
            ))}
          </View>
        ) : null}
      </PageState>
      <RoleTabBar roles={session?.roles ?? []} current='approvals' />
    </View>
  );
}
