import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Button } from '../../components/ui';
import { useMutation } from '../../hooks/useMutation';

/** Binds this WeChat user to a roster person with the 8-character code from the county. */
export function InviteForm({ onBound }: { onBound: () => void }) {
  const [code, setCode] = useState('');
  const redeem = useMutation('invite.redeem');
  const ready = code.trim().length === 8;
  return (
    <View className='stack'>
      <View className='card stack'>
        <View className='card-title'>输入邀请码</View>
        <Text className='muted'>驻村干部和督导请输入县委组织部发给您的8位邀请码。</Text>
        <Input
          className='input'
          value={code}
          maxlength={8}
          placeholder='8位邀请码'
          onInput={(e) => setCode(e.detail.value.toUpperCase())}
        />
        {redeem.error ? <Text className='bad'>{redeem.error.message}</Text> : null}
        <View>
          <Button
            type='primary'
            size='xlarge'
            block
            disabled={!ready}
            loading={redeem.pending}
            onClick={async () => {
              const out = await redeem.run({ code: code.trim() });
              if (out) onBound();
            }}
          >
            绑定身份
          </Button>
        </View>
      </View>
      <View className='card'>
        <Text className='muted'>村民不用注册：扫村里张贴的二维码就能参加问卷。</Text>
      </View>
    </View>
  );
}
