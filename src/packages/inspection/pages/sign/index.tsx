import { Input, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { ACTIONS, OutputOf } from '../../../../../types';
import { Button } from '../../../../components/ui';
import { useBusy } from '../../../../hooks/useBusy';
import { api } from '../../../../services/client';
import '../record/record.css';
import { monthLabel } from '../../../../core/labels';

type Seen = OutputOf<(typeof ACTIONS)['inspection.codeView']>;

/**
 * The village party secretary's signature, on their own phone, with the one-time code the inspector
 * shows: read the record, write one's name, 确认签字. No account is needed.
 */
export default function SignPage() {
  const { params } = useRouter();
  const [code, setCode] = useState((params.code ?? '').toUpperCase());
  const [seen, setSeen] = useState<Seen | null>(null);
  const [name, setName] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useBusy();
  const look = () => run(async () => setSeen(await api('inspection.codeView', { code })));
  const sign = () =>
    run(async () => {
      const r = await api('inspection.signByCode', { code, name, revision: seen!.revision });
      setDone(`已签字（${new Date(r.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }).slice(0, -3)}）${r.status === 'signed' ? '，本表三方已全部签字，正式生效。' : '。'}`);
    });
  return (
    <View className='page'>
      <View className='title'>村党组织负责人签字</View>
      {done ? (
        <View className='card stack'>
          <Text className='ok'>{done}</Text>
          <Text className='muted'>谢谢！可以关闭本页。</Text>
        </View>
      ) : !seen ? (
        <View className='card stack'>
          <Text>请输入督查组出示的8位签字码：</Text>
          <Input className='input' value={code} maxlength={8} placeholder='签字码' onInput={(e) => setCode((e.detail.value ?? '').toUpperCase())} />
          <Button type='primary' size='xlarge' block loading={busy} onClick={look}>
            查看纪实表
          </Button>
        </View>
      ) : (
        <View className='stack'>
          <View className='card stack'>
            <Text className='card-title'>
              {seen.villageName} · {monthLabel(seen.month)}督查
            </Text>
            <Text className='muted'>{seen.teamName}</Text>
            {seen.items.map((i, k) => (
              <View className='insp-item' key={k}>
                <Text>{i.text}</Text>
                <Text className={i.answer === 'no' ? 'bad' : 'ok'}>
                  {' '}
                  {i.answer === 'yes' ? '是' : i.answer === 'no' ? '否' : '未填'}
                  {i.note ? `：${i.note}` : ''}
                </Text>
              </View>
            ))}
            <Text>
              走访{seen.satisfaction.visited ?? '—'}人，满意率{seen.satisfaction.satisfiedRate ?? '—'}%，不满意率{seen.satisfaction.dissatisfiedRate ?? '—'}%
            </Text>
            {seen.problems.map((p, k) => (
              <Text key={k} className='bad'>
                其他问题：{p}
              </Text>
            ))}
          </View>
          <View className='card stack'>
            <Text>签字表示您认可本表所记情况。请写上您的姓名：</Text>
            <Input className='text-field' value={name} maxlength={20} placeholder='姓名' onInput={(e) => setName(e.detail.value ?? '')} />
            <Button type='primary' size='xlarge' block loading={busy} onClick={sign}>
              确认签字
            </Button>
          </View>
        </View>
      )}
      {error ? <Text className='bad'>{error}</Text> : null}
    </View>
  );
}
