import { View } from '@tarojs/components';
import { stopPullDownRefresh, usePullDownRefresh, useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { ProblemStatus } from '../../../../../types/ledger';
import { PageState } from '../../../../components/PageState';
import { Button } from '../../../../components/ui';
import { useQuery } from '../../../../hooks/useQuery';
import { ProblemList } from '../ProblemList';
import '../ledger.css';

type Filter = ProblemStatus | 'all' | 'overdue';
const FILTERS: [Filter, string][] = [
  ['all', '全部'],
  ['overdue', '已逾期'],
  ['submitted', '待销号'],
  ['open', '待整改'],
  ['returned', '已退回'],
  ['closed', '已销号'],
];

/** 整改台账: every problem in the supervisor's (admin's, inspector's, city admin's) scope, filtered by status or overdue. */
export default function LedgerList() {
  const [filter, setFilter] = useState<Filter>('all');
  const q = useQuery('ledger.list', filter === 'overdue' ? { overdue: true } : { status: filter });
  usePullDownRefresh(() => void q.reload().finally(() => stopPullDownRefresh()));
  useDidShow(() => void q.reload());
  const counts = q.data?.counts ?? {};
  return (
    <View className='page'>
      <View className='title'>整改台账</View>
      <View className='ledger-filters'>
        {FILTERS.map(([key, label]) => (
          <Button key={key} type={filter === key ? 'primary' : 'default'} size='large' onClick={() => setFilter(key)}>
            {label}
            {counts[key] !== undefined ? `（${counts[key]}）` : ''}
          </Button>
        ))}
      </View>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!q.data}>
        {q.data ? <ProblemList rows={q.data.rows} empty='没有这样的问题。' /> : null}
      </PageState>
    </View>
  );
}
