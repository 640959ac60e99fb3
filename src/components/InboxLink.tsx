import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useQuery } from '../hooks/useQuery';

export const INBOX_URL = '/packages/inbox/pages/index/index';

/** 消息 entry on 我的, with the unread count. */
export function InboxLink() {
  const q = useQuery('messages.list', { unreadOnly: true });
  const unread = q.data?.unread ?? 0;
  return (
    <View className='card' onClick={() => void Taro.navigateTo({ url: INBOX_URL })}>
      <View className='row'>
        <Text className='card-title'>消息</Text>
        <Text className={unread > 0 ? 'bad' : 'muted'}>{unread > 0 ? `${unread}条未读 ›` : '查看 ›'}</Text>
      </View>
    </View>
  );
}
