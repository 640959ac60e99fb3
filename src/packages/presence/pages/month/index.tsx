import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ACTIONS, OutputOf } from '../../../../../types';
import { diaryReviewUrl } from '../../../../components/diary-review';
import { FlagCard } from '../../../../components/FlagCard';
import { PageState } from '../../../../components/PageState';
import { RoleTabBar } from '../../../../components/RoleTabBar';
import { CreditLines } from '../../../../components/CreditLines';
import { toneTag } from '../../../../components/tone';
import { Button, Tag } from '../../../../components/ui';
import { nextMonth, prevMonth } from '../../../../core/time';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { DayDetail } from './DayDetail';
import { Legend, MonthCalendar } from './MonthCalendar';
import './month.css';
import { monthLabel, shortMonthLabel } from '../../../../core/labels';

type CadreMonth = OutputOf<(typeof ACTIONS)['cadre.month']>;


/** ?personId= (a supervisor's drill-down) and ?month= from the page URL, if any. */
function param(name: 'personId' | 'month'): string | undefined {
  const v = Taro.getCurrentInstance?.()?.router?.params?.[name];
  return v ? decodeURIComponent(v) : undefined;
}

/** The counts that need no calendar: days in the village, field work, 公假, leave, and the diary. */
function Counts({ s }: { s: CadreMonth['summary'] }) {
  return (
    <>
      <View className='row'>
        <Text className='muted'>在村 · 外勤 · 公假 · 请假</Text>
        <Text>
          {s.presentDays} · {s.fieldDays} · {s.officialDays} · {s.leaveDays} 天
        </Text>
      </View>
      <View className='row'>
        <Text className='muted'>工作日志</Text>
        <Text className={s.diaryMissing || s.diaryLate ? 'warn' : ''}>
          按时{s.diaryOnTime} · 补写{s.diaryLate} · 缺{s.diaryMissing}
        </Text>
      </View>
    </>
  );
}

function Summary({ m }: { m: CadreMonth }) {
  const s = m.summary;
  if (m.calendarPending || !m.projection) {
    // The year's holiday schedule is missing: the records count, the judgements wait (never a guess).
    return (
      <View className='card'>
        <Counts s={s} />
        <View className='month-projection muted'>
          <Text>{m.calendarPending?.message ?? ''}</Text>
        </View>
      </View>
    );
  }
  const c = m.credit;
  const v = m.verdict;
  return (
    <View className='card'>
      <View className='row'>
        <Text>已计在村</Text>
        <Text>
          <Text className='big-number'>{s.creditedDays}</Text>
          {s.requiredDays !== null ? <Text> / 至少{s.requiredDays}天</Text> : <Text> 天</Text>}
        </Text>
      </View>
      {c ? <CreditLines c={c} /> : null}
      <View className='row'>
        <Text className='muted'>{m.days.some((d) => d.status === 'off-post') ? '驻村期间工作日' : '本月工作日'}</Text>
        <Text>{s.workingDays} 天</Text>
      </View>
      <View className='row'>
        <Text className='muted'>无故缺勤</Text>
        <Text className={s.unexcusedAbsences ? 'bad' : ''}>{s.unexcusedAbsences} 天</Text>
      </View>
      <Counts s={s} />
      {v ? (
        <View className={`month-projection ${v.tone}`}>
          <Tag type={toneTag(v.tone)}>{v.word}</Tag>
          <Text> {v.sentence}</Text>
        </View>
      ) : null}
    </View>
  );
}

/** A cadre's month: calendar of presence, diary, leave and flags; required vs done; the projection. */
export default function MyMonthPage() {
  const { session } = useSession();
  const [personId] = useState(() => param('personId'));
  const [month, setMonth] = useState(() => param('month'));
  const [selected, setSelected] = useState<string | null>(null);
  const q = useQuery('cadre.month', { ...(month ? { month } : {}), ...(personId ? { personId } : {}) });
  const m = q.data;
  const shown = m && (!month || m.month === month) ? m : undefined;
  const current = m?.today.slice(0, 7);
  const day = shown?.days.find((d) => d.date === (selected ?? shown.today));
  const go = (next: string) => {
    setMonth(next);
    setSelected(null);
  };
  return (
    <View className='page'>
      <View className='title'>{shown ? (shown.self ? '我的本月' : `${shown.person.name}的${shortMonthLabel(shown.month)}`) : '本月'}</View>
      {shown ? (
        <View className='subtitle'>
          {shown.village.name} · {shown.person.roleLabel}
        </View>
      ) : null}
      {m ? (
        <View className='month-switch'>
          <Button size='small' onClick={() => go(prevMonth(m.month))}>
            上个月
          </Button>
          <Text className='month-switch__title'>{monthLabel(month ?? m.month)}</Text>
          <Button size='small' disabled={!current || (month ?? m.month) >= current} onClick={() => go(nextMonth(month ?? m.month))}>
            下个月
          </Button>
        </View>
      ) : null}
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!shown}>
        {shown ? (
          <>
            <Summary m={shown} />
            {!shown.self && personId ? (
              <Text className='link month-section' onClick={() => void Taro.navigateTo({ url: diaryReviewUrl({ personId }, shown.month) })}>
                查看工作日志 ›
              </Text>
            ) : null}
            <View className='card'>
              <MonthCalendar days={shown.days} selected={day?.date ?? null} onSelect={setSelected} />
            </View>
            <Legend calendarPending={!!shown.calendarPending} />
            {day ? <DayDetail d={day} /> : null}
            <View className='card-title month-section'>核查提示</View>
            {shown.flags.length === 0 ? (
              <View className='card'>
                <Text className='muted'>本月没有核查提示。</Text>
              </View>
            ) : (
              shown.flags.map((f) => <FlagCard key={f.id} flag={f} showPerson={false} />)
            )}
          </>
        ) : null}
      </PageState>
      <RoleTabBar roles={session?.roles ?? []} current={m && !m.self ? 'villages' : 'month'} />
    </View>
  );
}
