import { Text, View } from '@tarojs/components';
import type { ACTIONS, OutputOf } from '../../../../../types';

type Invite = OutputOf<(typeof ACTIONS)['invite.list']>[number];

const STATUS: Record<Invite['status'], string> = { open: '未使用', used: '已使用', expired: '已过期' };

/** The code just made, big enough to read out over the phone. */
export function NewCode({ code, personName, expiresAt }: { code: string; personName: string; expiresAt: string }) {
  return (
    <View className='card'>
      <View className='card-title'>{personName} 的邀请码</View>
      <View className='big-number'>{code}</View>
      <Text className='muted'>有效期至 {expiresAt.slice(0, 10)}，只能用一次。</Text>
    </View>
  );
}

export function InviteList({ invites }: { invites: readonly Invite[] }) {
  return (
    <View className='card'>
      <View className='card-title'>邀请码</View>
      {invites.length === 0 ? <Text className='muted'>还没有发过邀请码。</Text> : null}
      {invites.map((i) => (
        <View className='row' key={i.code}>
          <Text>{i.personName}</Text>
          <Text className={i.status === 'open' ? '' : 'muted'}>
            {i.code} · {STATUS[i.status]}
          </Text>
        </View>
      ))}
    </View>
  );
}
