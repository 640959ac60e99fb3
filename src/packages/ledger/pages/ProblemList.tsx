import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ProblemRow } from '../../../../types/ledger';

export const PROBLEM_URL = (id: string) => `/packages/ledger/pages/problem/index?id=${encodeURIComponent(id)}`;

/** The ledger's rows: village and problem, 责任人, 时限, status; overdue in red; flag count for supervisors. */
export function ProblemList({ rows, empty }: { rows: ProblemRow[]; empty: string }) {
  if (rows.length === 0) {
    return (
      <View className='card'>
        <Text className='muted'>{empty}</Text>
      </View>
    );
  }
  return (
    <>
      {rows.map((r) => (
        <View key={r.id} className='card ledger-row' onClick={() => void Taro.navigateTo({ url: PROBLEM_URL(r.id) })}>
          <View className='row'>
            <Text className='card-title'>
              {r.townshipName}
              {r.villageName}
            </Text>
            <Text className={`ledger-status ledger-status--${r.status}`}>{r.statusLabel}</Text>
          </View>
          <Text className='ledger-text'>{r.text}</Text>
          <View className='row'>
            <Text className='muted'>责任人：{r.responsibleName ?? '未指定'}</Text>
            <Text className={r.overdue ? 'bad' : 'muted'}>
              时限{r.dueDay}
              {r.overdue ? '（已逾期）' : ''}
            </Text>
          </View>
          {r.flagCount > 0 ? <Text className='warn'>雷同提示{r.flagCount}条</Text> : null}
        </View>
      ))}
    </>
  );
}
