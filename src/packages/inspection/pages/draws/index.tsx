import { Text, View } from '@tarojs/components';
import Taro, { stopPullDownRefresh, usePullDownRefresh } from '@tarojs/taro';
import { PageState } from '../../../../components/PageState';
import { RoleTabBar } from '../../../../components/RoleTabBar';
import { INSPECTION_URLS } from '../../../../components/InspectionLinks';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { DRAW_URLS, STATUS_TEXT, TODO_TEXT } from './draw-text';
import { PlanForm } from './PlanForm';
import { TeamsCard } from './TeamsCard';
import './draws.css';
import { monthLabel } from '../../../../core/labels';

/**
 * 摇号抽查: a city or county admin plans and publishes draws; an inspector sees the draws they take
 * part in, with what to do (提交承诺, 揭示), and their drawn villages under 我的督查.
 */
export default function DrawsPage() {
  const { session } = useSession();
  const q = useQuery('draw.list', {}, { enabled: !!session });
  const d = q.data;
  const inspector = !!session?.roles.some((r) => r.role === 'inspector');
  const go = (url: string) => void Taro.navigateTo({ url });
  usePullDownRefresh(() => {
    void q.reload().finally(() => stopPullDownRefresh());
  });
  return (
    <View className='page'>
      <View className='title'>摇号抽查</View>
      <View className='subtitle'>每月按比例从驻村工作队中随机抽村督查，过程公开，谁都可以核对。</View>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!d}>
        {d?.planScope ? <PlanForm scopeName={d.planScope.name} months={d.planMonths} onPlanned={(id) => go(`${DRAW_URLS.one}?id=${id}`)} /> : null}
        {d?.planScope ? <TeamsCard /> : null}
        {inspector ? (
          <View className='card' onClick={() => go(INSPECTION_URLS.records)}>
            <View className='row'>
              <Text className='card-title'>我的督查（抽中分给本组的村）</Text>
              <Text className='muted'>查看 ›</Text>
            </View>
          </View>
        ) : null}
        <View className='card stack'>
          <View className='card-title'>摇号记录</View>
          {d && d.draws.length === 0 ? <Text className='muted'>还没有摇号。</Text> : null}
          {d?.draws.map((x) => (
            <View key={x.id} className='draw-line' onClick={() => go(`${DRAW_URLS.one}?id=${x.id}`)}>
              <View className='row'>
                <Text>
                  {x.scopeName} {monthLabel(x.month)}
                </Text>
                <Text className={x.todo ? 'warn' : x.status === 'drawn' ? 'ok' : 'muted'}>{x.todo ? TODO_TEXT[x.todo] : STATUS_TEXT[x.status]} ›</Text>
              </View>
              <Text className='muted'>
                名单{x.frameSize}个村 · 承诺{x.committed}/{x.members} · 揭示{x.revealed}/{x.members}
                {x.status === 'drawn' ? ` · 抽中${x.selected}个村` : ''}
              </Text>
            </View>
          ))}
        </View>
        <View className='card' onClick={() => go(DRAW_URLS.open)}>
          <View className='row'>
            <Text className='card-title'>公开的摇号记录</Text>
            <Text className='muted'>不用登录也能看 ›</Text>
          </View>
        </View>
      </PageState>
      <RoleTabBar roles={session?.roles ?? []} current='draws' />
    </View>
  );
}
