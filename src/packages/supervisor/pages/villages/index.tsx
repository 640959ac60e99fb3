import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageState } from '../../../../components/PageState';
import { RoleTabBar } from '../../../../components/RoleTabBar';
import { Tag } from '../../../../components/ui';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { presenceTone, ratePercent } from './tone';

/** Township (or county) villages today: who is in the village, who is not. */
export default function VillagesToday() {
  const { session } = useSession();
  const q = useQuery('org.villagesToday', {});
  const d = q.data;
  return (
    <View className='page'>
      <View className='title'>{d ? `${d.scope.name} 各村今日` : '各村今日'}</View>
      {d ? <View className='subtitle'>{d.day}</View> : null}
      <View className='link' onClick={() => void Taro.navigateTo({ url: '/packages/supervisor/pages/flags/index' })}>核查提示 ›</View>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!d}>
        {d && d.villages.length === 0 ? (
          <View className='card'>
            <Text className='muted'>还没有村。请县级管理员先导入名册。</Text>
          </View>
        ) : null}
        {d?.villages.map((v) => {
          const tone = presenceTone(v.presentToday, v.cadres, v.monthPresenceRate);
          return (
            <View className='card' key={v.id}>
              <View className='row'>
                <Text className='card-title'>{v.name}</Text>
                <Tag type={tone === 'ok' ? 'success' : tone === 'warn' ? 'warning' : 'danger'}>
                  今日在村 {v.presentToday}/{v.cadres}
                </Tag>
              </View>
              <View className='row'>
                <Text className='muted'>第一书记</Text>
                <Text>{v.firstSecretary ?? '未设'}</Text>
              </View>
              <View className='row'>
                <Text className='muted'>本月驻村率</Text>
                <Text className={tone}>{ratePercent(v.monthPresenceRate)}</Text>
              </View>
            </View>
          );
        })}
      </PageState>
      <RoleTabBar roles={session?.roles ?? []} current='villages' />
    </View>
  );
}
