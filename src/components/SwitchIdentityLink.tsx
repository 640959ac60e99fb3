import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { useDemoIdentity } from '../hooks/useSession';

/** H5 local mode only: back to the role picker. */
export function SwitchIdentityLink() {
  const { available, choose } = useDemoIdentity();
  if (!available) return null;
  return (
    <Text
      className='link'
      onClick={() => {
        choose(null);
        void Taro.reLaunch({ url: '/pages/index/index' });
      }}
    >
      切换身份
    </Text>
  );
}
