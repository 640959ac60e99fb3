import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CADRE_ROLES, type RoleGrant } from '../../types';

export const INSPECTION_URLS = {
  records: '/packages/inspection/pages/records/index',
  sign: '/packages/inspection/pages/sign/index',
} as const;

const READERS = new Set(['township_supervisor', 'county_admin', 'city_admin']);

/** 我的督查 for inspectors, 督查纪实表 for cadres and admins, and 村书记签字 (a signing code) for anyone. */
export function InspectionLinks({ roles }: { roles: readonly RoleGrant[] | undefined }) {
  const inspector = !!roles?.some((r) => r.role === 'inspector');
  const reader = !!roles?.some((r) => READERS.has(r.role) || CADRE_ROLES.includes(r.role));
  const go = (url: string) => void Taro.navigateTo({ url });
  return (
    <>
      {inspector || reader ? (
        <View className='card' onClick={() => go(INSPECTION_URLS.records)}>
          <View className='row'>
            <Text className='card-title'>{inspector ? '我的督查' : '督查纪实表'}</Text>
            <Text className='muted'>查看 ›</Text>
          </View>
        </View>
      ) : null}
      {inspector ? null : (
        <View className='card' onClick={() => go(INSPECTION_URLS.sign)}>
          <View className='row'>
            <Text className='card-title'>村书记签字</Text>
            <Text className='muted'>输入签字码 ›</Text>
          </View>
        </View>
      )}
    </>
  );
}
