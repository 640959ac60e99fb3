import { Text, View } from '@tarojs/components';
import { PageState } from '../../components/PageState';
import { RoleTabBar } from '../../components/RoleTabBar';
import { CreditLines } from '../../components/CreditLines';
import { toneTag } from '../../components/tone';
import { Tag } from '../../components/ui';
import { useQuery } from '../../hooks/useQuery';
import { useSession } from '../../hooks/useSession';
import type { ACTIONS, OutputOf } from '../../../types';

type CadreToday = OutputOf<(typeof ACTIONS)['cadre.today']>;
import { shanghaiHourMinute } from '../../core/time';
import { ClockInCard } from './ClockInCard';
import { LeaveNotice } from './LeaveNotice';

/** Clock-in time as the cadre reads it: Shanghai time, whatever the phone's zone. */
function hhmm(iso: string | null): string {
  return iso ? shanghaiHourMinute(new Date(iso)) : '';
}

/** The month so far; while the year's holiday schedule is missing, only the days in the village and why the rest waits. */
function MonthCard({ m }: { m: CadreToday['month'] }) {
  if ('pending' in m) {
    return (
      <View className='card'>
        <View className='card-title'>本月（{m.month}）</View>
        <View className='row'>
          <Text>在村天数</Text>
          <Text className='big-number'>{m.presentDays}</Text>
        </View>
        <View className='muted'>
          <Text>{m.message}</Text>
        </View>
      </View>
    );
  }
  const c = m.credit;
  return (
    <View className='card'>
      <View className='card-title'>本月（{m.month}）</View>
      <View className='row'>
        <Text>已计在村</Text>
        <Text>
          <Text className='big-number'>{c.credited}</Text>
          {m.requiredDays !== null ? <Text> / 至少{m.requiredDays}天</Text> : <Text> 天</Text>}
        </Text>
      </View>
      <CreditLines c={c} />
      <View className='row'>
        <Text>已过工作日</Text>
        <Text>
          {m.workingDaysSoFar} / {m.workingDays} 天
        </Text>
      </View>
      <View className='row'>
        <Tag type={toneTag(m.verdict.tone)}>{m.verdict.word}</Tag>
      </View>
      <View className={m.verdict.tone}>
        <Text>{m.verdict.sentence}</Text>
      </View>
    </View>
  );
}

function Today({ t }: { t: CadreToday }) {
  const m = t.month;
  return (
    <View className='stack'>
      <View className='card'>
        <View className='card-title'>{t.village.name}</View>
        <Text className='muted'>{t.day}</Text>
        <View className='row'>
          <Text>今日打卡</Text>
          {t.clockedIn ? (
            <Tag type='success'>已打卡 {hhmm(t.clockInAt)}</Tag>
          ) : t.fieldToday ? (
            <Tag type='primary'>外勤</Tag>
          ) : t.outsideToday ? (
            <Tag type='warning'>不在村 约{t.outsideToday.distanceM}米，未计入</Tag>
          ) : t.leave.onLeave ? (
            <Tag type='info'>请假中</Tag>
          ) : (
            <Tag type='warning'>还没打卡</Tag>
          )}
        </View>
        <View className='row'>
          <Text>工作日志</Text>
          {t.diaryWritten ? <Tag type='success'>已写</Tag> : <Tag type='warning'>还没写</Tag>}
        </View>
      </View>
      <MonthCard m={m} />
    </View>
  );
}

/** A cadre's home: today's state and the month so far. */
export default function CadreHome() {
  const { session } = useSession();
  const q = useQuery('cadre.today', {});
  const today = q.data;
  return (
    <View className='page'>
      <View className='title'>{session?.person ? `${session.person.name}，您好` : '今天'}</View>
      {/* Without a network the clock-in still works: it waits on the phone (offline queue). */}
      {!today && q.error?.code === 'NETWORK' ? <ClockInCard demoPoint={session?.villages[0]?.fence[0] ?? null} onDone={q.reload} /> : null}
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!today}>
        {today ? (
          <>
            <LeaveNotice leave={today.leave} />
            <ClockInCard clockedIn={today.clockedIn} demoPoint={session?.villages[0]?.fence[0] ?? null} onDone={q.reload} />
            <Today t={today} />
          </>
        ) : null}
      </PageState>
      <RoleTabBar roles={session?.roles ?? []} current='today' />
    </View>
  );
}
