import { Text, View } from '@tarojs/components';
import { PageState } from '../../../../components/PageState';
import { RoleTabBar } from '../../../../components/RoleTabBar';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { ApplyForm } from './ApplyForm';
import { LeaveItem } from './LeaveItem';
import './leave.css';

/** The cadre's leave: apply (请假 / 公假), my leaves with their status, and how 销假 works. */
export default function LeavePage() {
  const { session } = useSession();
  const q = useQuery('leave.mine', {});
  const d = q.data;
  return (
    <View className='page'>
      <View className='title'>请假</View>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!d}>
        {d ? (
          <View className='stack'>
            <View className='card'>
              <View className='card-title'>销假怎么办</View>
              <Text className='muted'>
                假期结束后回到村里，在“今天”页打卡，系统自动销假。提前回村的，打卡当天起不再算请假。假期结束超过{d.returnGraceDays}
                天仍未回村打卡，督导会收到提醒。
              </Text>
            </View>
            <ApplyForm today={d.today} countyApprovalAboveDays={d.countyApprovalAboveDays} onDone={q.reload} />
            <View className='subtitle'>我的请假</View>
            {d.leaves.length === 0 ? (
              <View className='card'>
                <Text className='muted'>还没有请过假。</Text>
              </View>
            ) : null}
            {d.leaves.map((l) => (
              <LeaveItem key={l.id} leave={l} onChanged={q.reload} />
            ))}
          </View>
        ) : null}
      </PageState>
      <RoleTabBar roles={session?.roles ?? []} current='leave' />
    </View>
  );
}
