import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { PageState } from '../../../../components/PageState';
import { Button, Tag } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { useQuery } from '../../../../hooks/useQuery';
import { nextMonth, prevMonth, shanghaiDay } from '../../../../core/time';
import { newRequestId } from '../../../../services/location';
import { dayAction, dayLine, dayMark, isWorking, weeksOf, type CalendarDayOut } from './calendar-view';
import { YearScheduleForm } from './YearScheduleForm';

const WEEK = ['一', '二', '三', '四', '五', '六', '日'];

function DayEditor({ day, onDone }: { day: CalendarDayOut; onDone: () => void }) {
  const m = useMutation('calendar.setOverride');
  const [reason, setReason] = useState('');
  const [requestId, setRequestId] = useState(newRequestId);
  const action = dayAction(day);
  const save = async () => {
    const out = await m.run({ date: day.date, kind: action.kind, reason: reason.trim(), clientRequestId: requestId });
    if (out) {
      setRequestId(newRequestId());
      setReason('');
      onDone();
    }
  };
  return (
    <View className='stack calendar-editor'>
      <Text className='card-title'>{day.date}</Text>
      <Text>{dayLine(day)}</Text>
      <Input
        className='setting-input setting-input--wide'
        value={reason}
        maxlength={60}
        placeholder={action.kind === null ? '取消的原因' : '原因，如：防汛抢险'}
        aria-label='原因'
        onInput={(e) => setReason(e.detail.value)}
      />
      {m.error ? <Text className='bad'>{m.error.message}</Text> : null}
      <View>
        <Button type='primary' block loading={m.pending} disabled={m.pending} onClick={save}>
          {action.label}
        </Button>
      </View>
      <Text className='muted'>修改会记入操作日志，并用于本月驻村天数的计算。</Text>
    </View>
  );
}

/** Who entered a year's national schedule, for the line under the calendar. */
function enteredLine(year: number, e: { enteredBy?: { name: string; county: string }; updatedAt?: string }): string {
  const who = e.enteredBy ? `由${e.enteredBy.county}${e.enteredBy.name}` : '';
  const when = e.updatedAt ? `${shanghaiDay(new Date(e.updatedAt))}` : '';
  return `${year}年节假日安排${who}${when ? `于${when}` : ''}录入，全国通用。`;
}

/**
 * 工作日历: the month by the State Council schedule and the county's changes; tap a day to change it.
 * The month is the page's (the 录入 banner moves it to the year to enter).
 */
export function CalendarCard({ month, onMonth, onChanged }: { month: string; onMonth: (month: string) => void; onChanged: () => void }) {
  const [picked, setPicked] = useState<string | null>(null);
  const cal = useQuery('calendar.month', { month });
  const year = Number(month.slice(0, 4));
  const missingYear = cal.error?.code === 'CALENDAR_UNKNOWN';
  const entered = useQuery('calendar.year.get', { year });
  const [editingYear, setEditingYear] = useState(false);
  const enteredYear = entered.data?.year === year && entered.data.source === 'national' ? entered.data : null;
  const yearSaved = () => {
    setEditingYear(false);
    void cal.reload();
    void entered.reload();
    onChanged();
  };
  const days = cal.data?.month === month && !missingYear ? cal.data.days : [];
  const day = days.find((d) => d.date === picked) ?? null;
  const go = (m: string) => {
    onMonth(m);
    setEditingYear(false);
    setPicked(null);
  };
  return (
    <View className='card' id='calendar'>
      <View className='setting-group-head'>
        <Text className='link' onClick={() => go(prevMonth(month))}>
          ‹ 上月
        </Text>
        <Text className='card-title'>工作日历 {month}</Text>
        <Text className='link' onClick={() => go(nextMonth(month))}>
          下月 ›
        </Text>
      </View>
      <Text className='muted'>按国务院节假日安排（含调休上班）。点某一天，可设为本县的加班日或休息日。</Text>
      {missingYear && !cal.loading ? (
        <YearScheduleForm key={year} year={year} onSaved={yearSaved} />
      ) : editingYear && enteredYear ? (
        <YearScheduleForm key={`edit${year}`} year={year} initial={enteredYear} onSaved={yearSaved} onCancel={() => setEditingYear(false)} />
      ) : (
        <PageState loading={cal.loading} error={cal.error} onRetry={cal.reload} hasData={days.length > 0}>
          {cal.data && !missingYear ? <Text className='muted'>{`本月工作日 ${cal.data.workingDays} 天`}</Text> : null}
          {enteredYear ? (
            <View>
              {enteredYear.demo ? <Tag type='warning'>演示数据</Tag> : null}
              <Text className='muted'>{enteredYear.demo ? `${year}年节假日安排是演示用的，请按国务院办公厅的通知修改。` : enteredLine(year, enteredYear)}</Text>
              <Text className='link' onClick={() => setEditingYear(true)}>
                {`修改${year}年节假日安排`}
              </Text>
            </View>
          ) : null}
          <View className='calendar'>
            <View className='calendar-week'>
              {WEEK.map((w) => (
                <Text className='calendar-head' key={w}>
                  {w}
                </Text>
              ))}
            </View>
            {weeksOf(days).map((week, i) => (
              <View className='calendar-week' key={i}>
                {week.map((d, j) =>
                  d ? (
                    <View
                      key={d.date}
                      className={`calendar-day${isWorking(d) ? '' : ' calendar-day--rest'}${d.override ? ' calendar-day--override' : ''}${d.date === picked ? ' calendar-day--on' : ''}`}
                      onClick={() => setPicked(d.date)}
                    >
                      <Text>{Number(d.date.slice(8))}</Text>
                      <Text className='calendar-mark'>{dayMark(d)}</Text>
                    </View>
                  ) : (
                    <View className='calendar-day calendar-day--blank' key={`b${j}`} />
                  ),
                )}
              </View>
            ))}
          </View>
          {day ? (
            <DayEditor
              key={day.date}
              day={day}
              onDone={() => {
                void cal.reload();
                onChanged();
              }}
            />
          ) : null}
        </PageState>
      )}
    </View>
  );
}
