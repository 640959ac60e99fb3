import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { newRequestId } from '../../../../services/location';
import { monthLabel } from '../../../../core/labels';

const RATES = [10, 15, 20, 30];

/** 制定摇号计划: month, rate (≥10%, at least one village per county), frame rule, an optional public value. */
export function PlanForm({ scopeName, months, onPlanned }: { scopeName: string; months: string[]; onPlanned: (drawId: string) => void }) {
  const [month, setMonth] = useState(months[0]);
  const [rate, setRate] = useState('10');
  const [frameRule, setFrameRule] = useState<'all' | 'countyUnits'>('all');
  const [withPublic, setWithPublic] = useState(false);
  const [pubText, setPubText] = useState('');
  const [pubSource, setPubSource] = useState('');
  const [requestId, setRequestId] = useState(newRequestId);
  const m = useMutation('draw.plan');
  async function submit() {
    const out = await m.run({
      month,
      ratePercent: Number(rate),
      frameRule,
      publicValue: withPublic ? { text: pubText, source: pubSource } : null,
      clientRequestId: requestId,
    });
    if (out) {
      setRequestId(newRequestId());
      onPlanned(out.id);
    }
  }
  return (
    <View className='card stack'>
      <View className='card-title'>制定摇号计划（{scopeName}）</View>
      <Text className='muted'>月份</Text>
      <View className='draw-pills'>
        {months.map((x) => (
          <View key={x} className={`pill${x === month ? ' pill--on' : ''}`} onClick={() => setMonth(x)}>
            {monthLabel(x)}
          </View>
        ))}
      </View>
      <Text className='muted'>抽取比例（不低于10%，每个县至少抽1个村）</Text>
      <View className='draw-pills'>
        {RATES.map((r) => (
          <View key={r} className={`pill${String(r) === rate ? ' pill--on' : ''}`} onClick={() => setRate(String(r))}>
            {r}%
          </View>
        ))}
      </View>
      <Input className='text-field' type='number' value={rate} maxlength={3} placeholder='比例，如10' onInput={(e) => setRate(e.detail.value ?? '')} />
      <Text className='muted'>名单范围</Text>
      <View className='draw-pills'>
        <View className={`pill${frameRule === 'all' ? ' pill--on' : ''}`} onClick={() => setFrameRule('all')}>
          全部驻村工作队
        </View>
        <View className={`pill${frameRule === 'countyUnits' ? ' pill--on' : ''}`} onClick={() => setFrameRule('countyUnits')}>
          只含县直单位派出的
        </View>
      </View>
      <View className={`pill${withPublic ? ' pill--on' : ''}`} onClick={() => setWithPublic(!withPublic)}>
        {withPublic ? '✓ ' : ''}加一个事先确定的公开数（可不加）
      </View>
      {withPublic ? (
        <>
          <Text className='muted'>例如某一期福利彩票的开奖号码。开奖前就写明是哪一期，开奖后填号码。</Text>
          <Input className='text-field' value={pubSource} maxlength={100} placeholder='来源，如：双色球2026年第140期开奖号码' onInput={(e) => setPubSource(e.detail.value ?? '')} />
          <Input className='text-field' value={pubText} maxlength={100} placeholder='号码，如：03 07 12 19 25 33 + 09' onInput={(e) => setPubText(e.detail.value ?? '')} />
        </>
      ) : null}
      {m.error ? <Text className='bad'>{m.error.message}</Text> : null}
      <Button type='primary' size='xlarge' block loading={m.pending} onClick={submit}>
        生成摇号计划
      </Button>
      <Text className='muted'>生成后先看一下名单，确认无误再公示；公示后不能再改。</Text>
    </View>
  );
}
