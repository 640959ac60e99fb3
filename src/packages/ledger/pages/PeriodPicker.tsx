import { Text, View } from '@tarojs/components';
import { nextMonth, prevMonth } from '../../../core/time';
import { Button } from '../../../components/ui';
import { periodLabel } from '../../../core/labels';


/** ‹ month › (or year) with a 月度 / 年度 switch. */
export function PeriodPicker({ period, thisMonth, onChange, monthOnly }: { period: string; thisMonth: string; onChange: (p: string) => void; monthOnly?: boolean }) {
  const yearly = period.length === 4;
  const prev = yearly ? String(Number(period) - 1) : prevMonth(period);
  const next = yearly ? String(Number(period) + 1) : nextMonth(period);
  const canNext = yearly ? next <= thisMonth.slice(0, 4) : next <= thisMonth;
  return (
    <View className='card stack'>
      {monthOnly ? null : (
      <View className='ledger-filters'>
        <Button type={!yearly ? 'primary' : 'default'} size='large' onClick={() => onChange(prevMonth(thisMonth))}>
          月度
        </Button>
        <Button type={yearly ? 'primary' : 'default'} size='large' onClick={() => onChange(String(Number(thisMonth.slice(0, 4)) - (thisMonth.endsWith('-01') ? 1 : 0)))}>
          年度
        </Button>
      </View>
      )}
      <View className='row'>
        <Button size='large' onClick={() => onChange(prev)}>
          ‹ 上一{yearly ? '年' : '月'}
        </Button>
        <Text className='card-title'>{periodLabel(period)}</Text>
        <Button size='large' disabled={!canNext} onClick={() => onChange(next)}>
          下一{yearly ? '年' : '月'} ›
        </Button>
      </View>
    </View>
  );
}
