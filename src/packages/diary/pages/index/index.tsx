import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageState } from '../../../../components/PageState';
import { RoleTabBar } from '../../../../components/RoleTabBar';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { addDays } from '../../../../core/time';
import { BackfillCard } from './BackfillCard';
import { EntryCard } from './EntryCard';
import { TodayCard } from './TodayCard';
import './diary.css';

/** The cadre's work diary: today's entry (sections, visits, photos) and this month's entries with 补记. */
export default function DiaryPage() {
  const { session } = useSession();
  const q = useQuery('diary.get', {});
  const d = q.data;
  const month = d ? d.today.slice(0, 7) : '';
  const h = useQuery('diary.list', { month: month || '2000-01' }, { enabled: !!month });
  const personId = session?.person?.id ?? null;
  const past = (h.data?.entries ?? []).filter((e) => d && e.day < d.today);
  const yesterday = d ? addDays(d.today, -1) : '';
  // The team leader reads the whole team's diaries (with their flags) on the review page.
  const villageId = session?.villages[0]?.id ?? '';
  const leadsTeam = !!villageId && !!session?.roles.some((r) => r.role === 'team_leader' && r.scope.id === villageId);
  const reloadAll = () => {
    void q.reload();
    void h.reload();
  };
  return (
    <View className='page'>
      <View className='title'>工作日志</View>
      <PageState loading={q.loading || !session} error={q.error} onRetry={q.reload} hasData={!!d && !!personId}>
        {d && personId ? (
          <View className='stack'>
            <TodayCard key={d.day} personId={personId} data={d} demoPoint={session?.villages[0]?.fence[0] ?? null} onChanged={reloadAll} />
            {leadsTeam ? (
              <View className='link' onClick={() => void Taro.navigateTo({ url: `/packages/diary/pages/review/index?villageId=${encodeURIComponent(villageId)}` })}>
                查看本队全部日志 ›
              </View>
            ) : null}
            <View className='subtitle'>本月日志</View>
            {h.data && yesterday.slice(0, 7) === month && !h.data.entries.some((e) => e.day === yesterday) ? (
              <BackfillCard key={yesterday} day={yesterday} onDone={reloadAll} />
            ) : null}
            {h.error ? <Text className='bad'>{h.error.message}</Text> : null}
            {h.data && past.length === 0 ? (
              <View className='card'>
                <Text className='muted'>本月之前的日子还没有日志。</Text>
              </View>
            ) : null}
            {past.map((e) => (
              <EntryCard key={e.id} entry={e} canAmend onChanged={reloadAll} />
            ))}
          </View>
        ) : null}
      </PageState>
      <RoleTabBar roles={session?.roles ?? []} current='diary' />
    </View>
  );
}
