import { Text, View } from '@tarojs/components';
import { prevMonth } from '../../../../core/time';
import { Button } from '../../../../components/ui';
import { monthLabel } from '../../../../core/labels';

/**
 * A month of a year whose holiday schedule nobody has entered yet: its compliance waits (never a
 * Monday–Friday guess, never an error page), the daily duty goes on, and last month is one tap away.
 */
export function CalendarWait({ month, onMonth }: { month: string; onMonth: (month: string) => void }) {
  const before = prevMonth(month);
  return (
    <View className='card stack'>
      <Text className='card-title warn'>{`${month.slice(0, 4)}年节假日安排还没录入`}</Text>
      <Text>{`${monthLabel(month)}的应驻村天数和达标情况等录入后再算；打卡、日志、请假照常。县级管理员在“名册 → 设置 → 工作日历”录入，全国只需录入一次。`}</Text>
      <Button type='primary' size='large' block onClick={() => onMonth(before)}>
        {`看${monthLabel(before)}`}
      </Button>
    </View>
  );
}
