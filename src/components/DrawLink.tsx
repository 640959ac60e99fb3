import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RoleGrant } from '../../types';

/** 摇号抽查 for a county admin (a city admin and an inspector have it as a tab). */
export function DrawLink({ roles }: { roles: readonly RoleGrant[] | undefined }) {
  if (!roles?.some((r) => r.role === 'county_admin') || roles.some((r) => r.role === 'city_admin' || r.role === 'inspector')) return null;
  return (
    <View className='card' onClick={() => void Taro.navigateTo({ url: '/packages/inspection/pages/draws/index' })}>
      <View className='row'>
        <Text className='card-title'>摇号抽查</Text>
        <Text className='muted'>制定计划、公示、看结果 ›</Text>
      </View>
    </View>
  );
}
