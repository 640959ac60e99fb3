import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Role } from '../../types';

export const FEEDBACK_URL = '/packages/feedback/pages/index/index';
export const FEEDBACK_ADMIN_URL = '/packages/supervisor/pages/feedback/index';

/** 投诉建议 for everyone (required of government mini-programs); the county admin also gets the inbox. */
export function FeedbackLink({ roles = [] }: { roles?: readonly { role: Role }[] }) {
  const admin = roles.some((r) => r.role === 'county_admin');
  return (
    <View className='card'>
      <View className='row' onClick={() => void Taro.navigateTo({ url: FEEDBACK_URL })}>
        <Text className='card-title'>投诉建议</Text>
        <Text className='muted'>我要反映 ›</Text>
      </View>
      {admin ? (
        <View className='row' onClick={() => void Taro.navigateTo({ url: FEEDBACK_ADMIN_URL })}>
          <Text>处理群众投诉建议</Text>
          <Text className='muted'>去答复 ›</Text>
        </View>
      ) : null}
    </View>
  );
}
