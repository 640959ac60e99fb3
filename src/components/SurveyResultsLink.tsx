import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CADRE_ROLES, type Role } from '../../types';
import { TABS } from './nav';

/** 群众评价 on a cadre's 我的: what the village's villagers answered (aggregates only). Staff have the 问卷 tab. */
export function SurveyResultsLink({ roles = [] }: { roles?: readonly { role: Role }[] }) {
  if (!roles.some((r) => CADRE_ROLES.includes(r.role))) return null;
  return (
    <View className='card' onClick={() => void Taro.navigateTo({ url: TABS.surveys.url })}>
      <View className='row'>
        <Text className='card-title'>群众评价</Text>
        <Text className='muted'>本村问卷结果 ›</Text>
      </View>
    </View>
  );
}
