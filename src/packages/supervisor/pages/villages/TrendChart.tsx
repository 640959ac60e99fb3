import { Text, View } from '@tarojs/components';
import { ratePercent } from './tone';
import { shortMonthLabel } from '../../../../core/labels';

export interface TrendPoint {
  month: string;
  complianceRate: number | null;
  presenceRate: number | null;
}

const AXIS = [100, 50, 0];

/** One rate as a bar with its value written under it; a month without records has no bar at all. */
function Bar({ rate, kind }: { rate: number; kind: 'pass' | 'presence' }) {
  return <View className={`trend__bar trend__bar--${kind}`} style={{ height: `${Math.round(rate * 100)}%` }} />;
}

/**
 * Bars of the last months, drawn with plain views (no chart library): 达标率 and 驻村率 against a
 * 0–100% axis, each bar's value written under it. A month with no records says 无记录 and draws no
 * bar, so it never looks like a zero; a zero is a flat bar with 0% under it.
 */
export function TrendChart({ points }: { points: TrendPoint[] }) {
  return (
    <View className='card'>
      <View className='card-title'>近几个月</View>
      <View className='trend'>
        <View className='trend__axis'>
          {AXIS.map((a) => (
            <Text key={a} className='trend__tick'>
              {a}%
            </Text>
          ))}
        </View>
        {points.map((p) => {
          const none = p.complianceRate === null && p.presenceRate === null;
          return (
            <View className='trend__col' key={p.month}>
              <View className={`trend__bars${none ? ' trend__bars--none' : ''}`}>
                {none ? <Text className='trend__none'>无记录</Text> : null}
                {p.complianceRate !== null ? <Bar rate={p.complianceRate} kind='pass' /> : null}
                {p.presenceRate !== null ? <Bar rate={p.presenceRate} kind='presence' /> : null}
              </View>
              <Text className='trend__value trend__value--pass'>{none ? ' ' : ratePercent(p.complianceRate)}</Text>
              <Text className='trend__value trend__value--presence'>{none ? ' ' : ratePercent(p.presenceRate)}</Text>
              <Text className='muted'>{shortMonthLabel(p.month)}</Text>
            </View>
          );
        })}
      </View>
      <View className='trend__legend'>
        <Text className='trend__key trend__key--pass'>达标率（人）</Text>
        <Text className='trend__key trend__key--presence'>第一书记驻村率</Text>
      </View>
      <Text className='muted'>每根柱下写着它的数值。“无记录”表示当月还没有任何记录，不是0。本月为截至今天的进度。</Text>
    </View>
  );
}
