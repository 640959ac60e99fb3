import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '../../components/ui';

export const DEMO_IDENTITIES = [
  { openid: 'demo-admin', label: '县级管理员' },
  { openid: 'demo-supervisor', label: '乡镇督导' },
  { openid: 'demo-fs', label: '第一书记' },
  { openid: 'demo-member', label: '驻村工作队员' },
  { openid: 'demo-city-admin', label: '市级管理员' },
  { openid: 'demo-inspector', label: '督查组成员（长沙县）' },
  { openid: 'demo-inspector-2', label: '督查组成员（云溪县）' },
  { openid: 'demo-villager', label: '村民，无角色' },
] as const;

/** Local (H5) mode has no WeChat login: pick whom to be. */
export function RolePicker({ onChoose }: { onChoose: (openid: string) => void }) {
  return (
    <View className='page'>
      <View className='title'>选择体验身份</View>
      <View className='subtitle'>本地体验版没有微信登录，请选一个身份进入。</View>
      <View className='stack'>
        {DEMO_IDENTITIES.map((d) => (
          <View key={d.openid}>
            <Button size='xlarge' block onClick={() => onChoose(d.openid)}>
              {d.label}
            </Button>
          </View>
        ))}
      </View>
      <View className='card' onClick={() => void Taro.navigateTo({ url: '/packages/inspection/pages/public/index' })}>
        <Text className='link'>摇号公示（不用选身份）›</Text>
      </View>
    </View>
  );
}
