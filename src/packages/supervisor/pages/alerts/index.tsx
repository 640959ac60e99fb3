import { Text, View } from '@tarojs/components';
import { usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { PageState } from '../../../../components/PageState';
import { RoleTabBar } from '../../../../components/RoleTabBar';
import { Button } from '../../../../components/ui';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { AlertItem } from './AlertItem';
import './alerts.css';

/** 预警: open alerts of the supervisor's township (the county admin: escalated ones), oldest first; acknowledged list. */
export default function Alerts() {
  const { session } = useSession();
  const [status, setStatus] = useState<'open' | 'acknowledged'>('open');
  const q = useQuery('alerts.list', { status });
  const d = q.data;
  usePullDownRefresh(() => {
    void q.reload().finally(() => stopPullDownRefresh());
  });
  return (
    <View className='page'>
      <View className='title'>预警</View>
      <View className='alert-tabs'>
        <Button type={status === 'open' ? 'primary' : 'default'} size='large' block onClick={() => setStatus('open')}>
          待处理{status === 'open' && d ? `（${d.open}）` : ''}
        </Button>
        <Button type={status === 'acknowledged' ? 'primary' : 'default'} size='large' block onClick={() => setStatus('acknowledged')}>
          已处理
        </Button>
      </View>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!d}>
        {d && d.items.length === 0 ? (
          <View className='card'>
            <Text className='muted'>{status === 'open' ? '没有待处理的预警。' : '还没有处理过的预警。'}</Text>
          </View>
        ) : null}
        {d?.items.map((a) => (
          <AlertItem key={a.id} alert={a} onAcked={q.reload} />
        ))}
      </PageState>
      <RoleTabBar roles={session?.roles ?? []} current='alerts' />
    </View>
  );
}
