import { Text, View } from '@tarojs/components';
import { PageState } from '../../../../components/PageState';
import { RoleTabBar } from '../../../../components/RoleTabBar';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { ApplyForm } from './ApplyForm';
import { LeaveItem } from './LeaveItem';
import './leave.css';

/** The cadre's leave: current leaves first (待审批 / 已批准), how 销假 works, the form, then the history. */
export default function LeavePage() {
  const { session } = useSession();
  const q = useQuery('leave.mine', {});
  const d = q.data;
  const current = d?.leaves.filter((l) => l.status === 'pending' || l.status === 'approved') ?? [];
  const past = d?.leaves.filter((l) => l.status !== 'pending' && l.status !== 'approved') ?? [];
  return (
    <View className='page'>
      <View className='title'>请假</View>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!d}>
        {d ? (
          <View className='stack'>
            {current.length ? <View className='subtitle'>进行中的请假</View> : null}
            {current.map((l) => (
              <LeaveItem key={l.id} leave={l} onChanged={q.reload} />
            ))}
            <View className='card'>
              <View className='card-title'>销假怎么办</View>
              <Text className='muted'>
                假期结束后回到村里，在“今天”页打卡，系统自动销假。提前回村的，打卡当天起不再算请假。假期结束超过{d.returnGraceDays}
                天仍未回村打卡，督导会收到提醒。还没批的请假可以撤回。
              </Text>
            </View>
            <ApplyForm today={d.today} countyApprovalAboveDays={d.countyApprovalAboveDays} onDone={q.reload} />
            <View className='subtitle'>请假记录</View>
            {past.length === 0 ? (
              <View className='card'>
                <Text className='muted'>{current.length ? '还没有已结束的请假。' : '还没有请过假。'}</Text>
              </View>
            ) : null}
            {past.map((l) => (
              <LeaveItem key={l.id} leave={l} onChanged={q.reload} />
            ))}
          </View>
        ) : null}
      </PageState>
      <RoleTabBar roles={session?.roles ?? []} current='leave' />
    </View>
  );
}
