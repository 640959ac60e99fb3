import { Text, View } from '@tarojs/components';
import { monthLabel, ratePercent } from './tone';

export interface TrendPoint {
  month: string;
  complianceRate: number | null;
  presenceRate: number | null;
}

/** Bars of the last months, drawn with plain views (no chart library): 达标率 and 驻村率. */
export function TrendChart({ points }: { points: TrendPoint[] }) {
  return (
    <View className='card'>
      <View className='card-title'>近几个月</View>
      <View className='trend'>
        {points.map((p) => (
          <View className='trend__col' key={p.month}>
            <View className='trend__bars'>
              <View className='trend__bar trend__bar--pass' style={{ height: `${Math.round((p.complianceRate ?? 0) * 100)}%` }} />
              <View className='trend__bar trend__bar--presence' style={{ height: `${Math.round((p.presenceRate ?? 0) * 100)}%` }} />
            </View>
            <Text className='trend__value'>{ratePercent(p.complianceRate)}</Text>
            <Text className='muted'>{monthLabel(p.month, true)}</Text>
          </View>
        ))}
      </View>
      <View className='trend__legend'>
        <Text className='trend__key trend__key--pass'>达标率（人）</Text>
        <Text className='trend__key trend__key--presence'>第一书记驻村率</Text>
      </View>
      <Text className='muted'>“—”表示当月没有记录。本月为截至今天的进度。</Text>
    </View>
  );
}
