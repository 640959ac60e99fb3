import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import { useQuery } from '../../../../hooks/useQuery';

/**
 * County admins: the year whose holiday schedule should be entered now, and where. The server
 * decides (`calendar.year.get` → `pending`, from its own day): next year from 1 November while it
 * is missing, this year once it has begun without one. Nothing shows otherwise. `refresh` changes
 * after a save on the same page; `shownYear`: the calendar on the page already shows that year's
 * form, so the banner is not needed; `where` says where to enter it, e.g. 请在 名册 → 设置 → 工作日历 录入.
 */
export function YearBanner({ where, onGo, refresh = 0, shownYear }: { where: string; onGo: (year: number) => void; refresh?: number; shownYear?: number }) {
  const q = useQuery('calendar.year.get', {});
  const { reload } = q;
  useEffect(() => {
    if (refresh > 0) void reload();
  }, [refresh, reload]);
  const pending = q.data?.pending;
  if (!pending || pending.year === shownYear) return null;
  return (
    <View className='card year-banner' onClick={() => onGo(pending.year)}>
      <Text className='card-title warn'>{`${pending.year}年节假日安排尚未录入`}</Text>
      <Text>{`${pending.started ? '打卡提醒、驻村天数和等次已暂停计算。' : ''}${where}（全国只需录入一次）。`}</Text>
      <Text className='link'>去录入 ›</Text>
    </View>
  );
}
