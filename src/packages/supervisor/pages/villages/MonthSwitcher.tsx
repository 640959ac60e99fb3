import { Text, View } from '@tarojs/components';
import { monthLabel } from '../../../../core/labels';

/** ‹ 2026年11月 › over the months offered (newest first). */
export function MonthSwitcher({ months, month, onChange }: { months: string[]; month: string; onChange: (m: string) => void }) {
  const i = months.indexOf(month);
  const older = i >= 0 && i < months.length - 1 ? months[i + 1] : null;
  const newer = i > 0 ? months[i - 1] : null;
  return (
    <View className='month-switch'>
      <View className={`month-switch__btn${older ? '' : ' month-switch__btn--off'}`} onClick={() => older && onChange(older)}>
        <Text>‹ 上月</Text>
      </View>
      <Text className='month-switch__label'>{monthLabel(month)}</Text>
      <View className={`month-switch__btn${newer ? '' : ' month-switch__btn--off'}`} onClick={() => newer && onChange(newer)}>
        <Text>下月 ›</Text>
      </View>
    </View>
  );
}
