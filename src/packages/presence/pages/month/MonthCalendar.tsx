import { Text, View } from '@tarojs/components';
import type { MyMonthDayView } from '../../../../../types/presence';
import { weekday } from '../../../../core/time';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** Small marks under a day, explained in the legend. */
export function dayMarks(d: MyMonthDayView): string[] {
  const marks: string[] = [];
  if (d.diary === 'on-time') marks.push('志');
  if (d.diary === 'late') marks.push('补');
  if (d.diary === 'missing') marks.push('缺志');
  if (d.syncedLater) marks.push('传');
  if (d.openFlags > 0) marks.push('疑');
  return marks;
}

const KIND_MARK: Record<MyMonthDayView['kind'], string> = { workday: '', weekend: '', holiday: '假', 'makeup-workday': '班', unknown: '' };

/**
 * The month as a grid, Monday first. Each day: its number (假 holiday, 班 make-up workday), a
 * word for what it was (在村, 外勤, 公假, 请假, 缺勤…) and marks for the diary, offline records
 * and flags: readable without colour, colour only helps.
 */
export function MonthCalendar({ days, selected, onSelect }: { days: MyMonthDayView[]; selected: string | null; onSelect: (date: string) => void }) {
  const lead = (weekday(days[0].date) + 6) % 7;
  return (
    <View className='month-grid'>
      {WEEKDAYS.map((w) => (
        <View key={w} className='month-grid__head'>
          <Text>{w}</Text>
        </View>
      ))}
      {Array.from({ length: lead }, (_, i) => (
        <View key={`lead-${i}`} className='month-grid__cell month-grid__cell--blank' />
      ))}
      {days.map((d) => (
        <View
          key={d.date}
          className={`month-grid__cell day--${d.status}${d.date === selected ? ' month-grid__cell--on' : ''}`}
          onClick={() => onSelect(d.date)}
        >
          <Text className='month-grid__num'>
            {Number(d.date.slice(8))}
            {KIND_MARK[d.kind] ? <Text className='month-grid__kind'>{KIND_MARK[d.kind]}</Text> : null}
          </Text>
          <Text className='month-grid__label'>{d.label || ' '}</Text>
          <Text className='month-grid__marks'>{dayMarks(d).join(' ') || ' '}</Text>
        </View>
      ))}
    </View>
  );
}

const LEGEND: [string, string][] = [
  ['present', '在村'],
  ['field', '外勤'],
  ['official', '公假'],
  ['leave', '请假'],
  ['leave-pending', '待批'],
  ['absent', '缺勤'],
  ['rest', '休息'],
  ['off-post', '未驻村'],
];

const MARKS: [string, string][] = [
  ['志', '日志按时写了'],
  ['补', '日志是补写的'],
  ['缺志', '该写日志没写'],
  ['传', '离线打卡，后来补传'],
  ['疑', '有待核实的提示'],
  ['假', '节假日'],
  ['班', '调休上班'],
];

/** The legend; while the year's holiday schedule is missing no day is judged 缺勤 or 休息, so those words are left out. */
export function Legend({ calendarPending = false }: { calendarPending?: boolean }) {
  const words = calendarPending ? LEGEND.filter(([status]) => status !== 'absent' && status !== 'rest') : LEGEND;
  return (
    <View className='card month-legend'>
      <View className='month-legend__row'>
        {words.map(([status, label]) => (
          <View key={status} className={`month-legend__item day--${status}`}>
            <Text>{label}</Text>
          </View>
        ))}
      </View>
      {MARKS.map(([mark, meaning]) => (
        <Text key={mark} className='muted month-legend__mark'>
          {mark}：{meaning}
        </Text>
      ))}
    </View>
  );
}
