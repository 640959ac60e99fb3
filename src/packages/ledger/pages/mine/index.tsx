import { Text, View } from '@tarojs/components';
import { stopPullDownRefresh, useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { PageState } from '../../../../components/PageState';
import { useQuery } from '../../../../hooks/useQuery';
import { ProblemList } from '../ProblemList';
import '../ledger.css';

/** 我的整改: the problems where the cadre is 责任人, those to do first. */
export default function MyRectifications() {
  const q = useQuery('ledger.list', { mine: true });
  usePullDownRefresh(() => void q.reload().finally(() => stopPullDownRefresh()));
  useDidShow(() => void q.reload());
  const c = q.data?.counts;
  return (
    <View className='page'>
      <View className='title'>我的整改</View>
      {c ? (
        <View className='subtitle'>
          <Text>
            待整改{(c.open ?? 0) + (c.returned ?? 0)}项，待销号{c.submitted ?? 0}项，已销号{c.closed ?? 0}项
          </Text>
        </View>
      ) : null}
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!q.data}>
        {q.data ? <ProblemList rows={q.data.rows} empty='没有要您整改的问题。' /> : null}
      </PageState>
    </View>
  );
}
