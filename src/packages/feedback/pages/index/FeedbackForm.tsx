import { useMemo, useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import type { FeedbackKind } from '../../../../../types/reports';
import { LongText, overBy } from '../../../../components/LongText';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { useQuery } from '../../../../hooks/useQuery';
import { newRequestId } from '../../../../services/location';

/** The text's limit (the feedback.submit schema's). */
const FEEDBACK_TEXT_MAX = 1000;

/** 投诉 or 建议, the text, 匿名 or with a contact, and (for villagers, required) the village. */
export function FeedbackForm({ needsVillage, onSent }: { needsVillage: boolean; onSent: () => void }) {
  const [kind, setKind] = useState<FeedbackKind>('suggestion');
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [contact, setContact] = useState('');
  const [villageIndex, setVillageIndex] = useState(-1);
  const [countyId, setCountyId] = useState<string | undefined>(undefined);
  const [requestId, setRequestId] = useState(newRequestId);
  const [sent, setSent] = useState(false);
  const places = useQuery('feedback.places', countyId ? { countyId } : {});
  const submit = useMutation('feedback.submit');
  const counties = places.data?.counties ?? [];
  const county = counties.find((c) => c.id === places.data?.countyId);
  const options = useMemo(
    () => (places.data?.townships ?? []).flatMap((t) => t.villages.map((v) => ({ id: v.id, label: `${t.townshipName} · ${v.name}` }))),
    [places.data],
  );
  const village = villageIndex >= 0 ? options[villageIndex] : undefined;
  const ready = text.trim().length >= 5 && overBy(text, FEEDBACK_TEXT_MAX) === 0 && (!needsVillage || !!village);

  const send = async () => {
    const out = await submit.run({
      kind,
      text: text.trim(),
      anonymous,
      ...(!anonymous && contact.trim() ? { contact: contact.trim() } : {}),
      ...(village ? { villageId: village.id } : {}),
      clientRequestId: requestId,
    });
    if (!out) return;
    setSent(true);
    setText('');
    setContact('');
    setRequestId(newRequestId());
    onSent();
  };

  return (
    <View className='card stack'>
      <View className='card-title'>我要反映</View>
      <View className='chips'>
        {(['suggestion', 'complaint'] as const).map((k) => (
          <Text key={k} className={`chip pill fb-chip${kind === k ? ' pill--on' : ''}`} onClick={() => setKind(k)}>
            {k === 'complaint' ? '投诉' : '建议'}
          </Text>
        ))}
      </View>
      <LongText
        className='textarea fb-text'
        value={text}
        max={FEEDBACK_TEXT_MAX}
        placeholder={kind === 'complaint' ? '请写清楚什么事、在哪里、什么时候' : '请写下您的建议'}
        onInput={(t) => {
          setText(t);
          setSent(false);
          submit.reset();
        }}
      />
      {counties.length > 1 ? (
        <Picker
          mode='selector'
          range={counties.map((c) => c.name)}
          value={Math.max(0, counties.findIndex((c) => c.id === county?.id))}
          onChange={(e) => {
            setCountyId(counties[Number(e.detail.value)]?.id);
            setVillageIndex(-1);
          }}
        >
          <View className='fb-picker'>
            <Text className={county ? '' : 'muted'}>{county ? county.name : '先选择所在的县（区）'}</Text>
            <Text className='muted'>›</Text>
          </View>
        </Picker>
      ) : null}
      {counties.length > 1 && !county ? null : (
        <Picker mode='selector' range={options.map((o) => o.label)} value={Math.max(0, villageIndex)} onChange={(e) => setVillageIndex(Number(e.detail.value))}>
          <View className='fb-picker'>
            <Text className={village ? '' : 'muted'}>{village ? village.label : needsVillage ? '选择所在的村（必选）' : '涉及哪个村（可不选）'}</Text>
            <Text className='muted'>›</Text>
          </View>
        </Picker>
      )}
      <View className='chips'>
        <Text className={`chip pill fb-chip${!anonymous ? ' pill--on' : ''}`} onClick={() => setAnonymous(false)}>
          实名
        </Text>
        <Text className={`chip pill fb-chip${anonymous ? ' pill--on' : ''}`} onClick={() => setAnonymous(true)}>
          匿名
        </Text>
      </View>
      {anonymous ? (
        <Text className='muted'>匿名提交：县里看不到您的姓名和联系方式，答复只在本页“我的反映”里看到。</Text>
      ) : (
        <Input className='text-field' value={contact} maxlength={40} placeholder='联系电话（可不填）' onInput={(e) => setContact(e.detail.value ?? '')} />
      )}
      {submit.error ? <Text className='bad'>{submit.error.details[0]?.message ?? submit.error.message}</Text> : null}
      {sent ? <Text className='ok'>已提交，县委组织部会尽快答复。</Text> : null}
      <Button type='primary' size='large' block disabled={!ready || submit.pending} loading={submit.pending} onClick={send}>
        提交
      </Button>
    </View>
  );
}
