import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { SECRET_PATTERN, commitmentOf } from '../../../../core/draw';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { newRequestId } from '../../../../services/location';
import { randomSecret, secretKey } from '../draws/draw-text';

const SECRET_RULE = '请输入12到32位数字';

/**
 * 提交承诺: the inspector picks a secret number (or lets the phone pick one), the phone computes its
 * SHA-256 and sends only that. The number stays on the phone and on screen, to be written down.
 */
export function CommitForm({ drawId, personId, onDone }: { drawId: string; personId: string; onDone: () => void }) {
  const [secret, setSecret] = useState('');
  const [requestId] = useState(newRequestId);
  const m = useMutation('draw.commit');
  const valid = SECRET_PATTERN.test(secret);
  async function submit() {
    if (!valid) return;
    Taro.setStorageSync(secretKey(drawId, personId), secret);
    if (await m.run({ drawId, hash: commitmentOf(secret), clientRequestId: requestId })) onDone();
  }
  return (
    <View className='card stack'>
      <View className='card-title'>提交承诺</View>
      <Text className='muted'>自己想一个12到32位的数字（或点“随机生成”）。手机只把它的SHA-256值交上去，数字本身开奖前谁也看不到。</Text>
      <Input className='text-field' type='number' value={secret} maxlength={32} placeholder='您的秘密数字' onInput={(e) => setSecret((e.detail.value ?? '').replace(/\D/g, ''))} />
      <Button size='large' block onClick={() => setSecret(randomSecret())}>
        随机生成
      </Button>
      {secret && !valid ? <Text className='bad'>{SECRET_RULE}（现在{secret.length}位）</Text> : null}
      {valid ? (
        <>
          <Text className='warn'>请把这个数字抄在纸上保管好，揭示时要原样输入：</Text>
          <Text className='draw-secret'>{secret}</Text>
          <Text className='muted'>将提交的承诺（SHA-256）：</Text>
          <Text className='draw-mono'>{commitmentOf(secret)}</Text>
        </>
      ) : null}
      {m.error ? <Text className='bad'>{m.error.message}</Text> : null}
      <Button type='primary' size='xlarge' block disabled={!valid} loading={m.pending} onClick={submit}>
        提交承诺
      </Button>
    </View>
  );
}

/** 揭示: the number committed to, from the phone if it kept it, else typed from the paper. */
export function RevealForm({ drawId, personId, myHash, onDone }: { drawId: string; personId: string; myHash: string | null; onDone: () => void }) {
  const kept = Taro.getStorageSync(secretKey(drawId, personId));
  const [secret, setSecret] = useState(typeof kept === 'string' ? kept : '');
  const [requestId, setRequestId] = useState(newRequestId);
  const m = useMutation('draw.reveal');
  const valid = SECRET_PATTERN.test(secret);
  const matches = valid && myHash !== null && commitmentOf(secret) === myHash;
  async function submit() {
    const out = await m.run({ drawId, value: secret, clientRequestId: requestId });
    if (out) onDone();
    else setRequestId(newRequestId());
  }
  return (
    <View className='card stack'>
      <View className='card-title'>揭示</View>
      <Text className='muted'>大家都提交了承诺，现在请输入您提交承诺时的数字。全部揭示后自动开奖。</Text>
      <Input className='text-field' type='number' value={secret} maxlength={32} placeholder='您记下的数字' onInput={(e) => setSecret((e.detail.value ?? '').replace(/\D/g, ''))} />
      {secret && !valid ? <Text className='bad'>{SECRET_RULE}</Text> : null}
      {valid && !matches ? <Text className='bad'>这个数字与您的承诺对不上，请核对您记下的数字。</Text> : null}
      {matches ? <Text className='ok'>与您的承诺一致。</Text> : null}
      {m.error ? <Text className='bad'>{m.error.message}</Text> : null}
      <Button type='primary' size='xlarge' block disabled={!valid} loading={m.pending} onClick={submit}>
        揭示
      </Button>
    </View>
  );
}
