import { Text, View } from '@tarojs/components';
import type { MyMonthDayView } from '../../../../../types/presence';
import { LEAVE_TYPE_LABELS, type LeaveType } from '../../../../core/leave/index';
import { shanghaiHourMinute } from '../../../../core/time';
import { dayLabel } from '../../../../core/labels';

const KIND: Record<MyMonthDayView['kind'], string> = { workday: '工作日', weekend: '周末', holiday: '节假日', 'makeup-workday': '调休上班', unknown: '节假日安排未定' };
const DIARY: Record<MyMonthDayView['diary'], string> = {
  'on-time': '按时写了',
  late: '补写（过了当天）',
  missing: '没有写',
  due: '今天还没写',
  none: '不需要',
};
const STATUS: Record<MyMonthDayView['status'], string> = {
  present: '在村',
  field: '外勤',
  official: '公假',
  leave: '请假',
  'leave-pending': '请假待批',
  absent: '没有在村记录，也没有请假',
  rest: '休息日',
  today: '今天还没打卡',
  upcoming: '还没到',
  'off-post': '不在驻村期内，不考核',
  unjudged: '没有记录（节假日安排录入后再看是否缺勤）',
};
const DECISION = { 'in-village': '在村', field: '外勤', outside: '不在村' } as const;

/** The selected day in words: what kind of day, where, the diary, clock-in times, flags. */
export function DayDetail({ d }: { d: MyMonthDayView }) {
  return (
    <View className='card'>
      <View className='card-title'>
        {dayLabel(d.date)} · {KIND[d.kind]}
        {d.holidayName ? `（${d.holidayName}）` : ''}
      </View>
      <View className='row'>
        <Text className='muted'>情况</Text>
        <Text>
          {STATUS[d.status]}
          {d.leaveType ? `（${LEAVE_TYPE_LABELS[d.leaveType as LeaveType] ?? d.leaveType}）` : ''}
        </Text>
      </View>
      <View className='row'>
        <Text className='muted'>工作日志</Text>
        <Text>{DIARY[d.diary]}</Text>
      </View>
      {d.clockIns.map((c) => (
        <View className='row' key={c.at}>
          <Text className='muted'>打卡 {shanghaiHourMinute(new Date(c.at))}</Text>
          <Text>
            {DECISION[c.decision]}
            {c.fuzzy ? ' · 模糊定位' : ''}
            {c.syncedLater ? ' · 离线补传' : ''}
          </Text>
        </View>
      ))}
      {d.openFlags + d.clearedFlags > 0 ? (
        <View className='row'>
          <Text className='muted'>核查提示</Text>
          <Text className={d.openFlags ? 'warn' : ''}>
            {d.openFlags ? `${d.openFlags}条待核实` : ''}
            {d.openFlags && d.clearedFlags ? '，' : ''}
            {d.clearedFlags ? `${d.clearedFlags}条已销号` : ''}
          </Text>
        </View>
      ) : null}
    </View>
  );
}
