import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { FlagCard } from '../../../../components/FlagCard';
import { PageState } from '../../../../components/PageState';
import { RoleTabBar } from '../../../../components/RoleTabBar';
import { Button } from '../../../../components/ui';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { FlagActions } from './ClearFlag';
import './flags.css';

/**
 * Plausibility and diary-integrity hints in the supervisor's scope: what was seen, why it is
 * odd, the records involved; the supervisor checks and clears each with a note. Hints never
 * refused anything: they ask a person to look.
 */
export default function FlagsPage() {
  const { session } = useSession();
  const [status, setStatus] = useState<'open' | 'cleared'>('open');
  // ?villageId= narrows to one village (e.g. from a village's page); otherwise the caller's whole scope.
  const [villageId] = useState(() => Taro.getCurrentInstance?.()?.router?.params?.villageId);
  const q = useQuery('flags.list', { status, ...(villageId ? { villageId: decodeURIComponent(villageId) } : {}) });
  const d = q.data;
  return (
    <View className='page'>
      <View className='title'>核查提示</View>
      <View className='subtitle'>{d ? `${d.scope.name} · ` : ''}系统发现的可疑之处，请核实后销号；提示不会影响打卡和日志的记录。</View>
      <View className='flag-tabs'>
        <Button size='small' type={status === 'open' ? 'primary' : 'default'} onClick={() => setStatus('open')}>
          待核实
        </Button>
        <Button size='small' type={status === 'cleared' ? 'primary' : 'default'} onClick={() => setStatus('cleared')}>
          已销号
        </Button>
      </View>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!d}>
        {d && d.flags.length === 0 ? (
          <View className='card'>
            <Text className='muted'>{status === 'open' ? '没有待核实的提示。' : '还没有销号的提示。'}</Text>
          </View>
        ) : null}
        {d?.flags.map((f) => (
          <FlagCard key={f.id} flag={f} actions={<FlagActions flag={f} canClear={d.canClear} onCleared={q.reload} />} />
        ))}
        {d?.truncated ? <Text className='muted'>只显示最近的200条。</Text> : null}
      </PageState>
      <RoleTabBar roles={session?.roles ?? []} current='villages' />
    </View>
  );
}
