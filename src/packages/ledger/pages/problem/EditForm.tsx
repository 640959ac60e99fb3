import { Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ProblemView } from '../../../../../types/ledger';
import { LongText, overBy } from '../../../../components/LongText';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';

/** 责任人, 整改措施 and 时限, for the team's inspector or the township supervisor. */
export function EditForm({ p, today, onSaved }: { p: ProblemView; today: string; onSaved: () => void }) {
  const [who, setWho] = useState<string | null>(p.responsiblePersonId);
  const [measures, setMeasures] = useState(p.measures);
  const [due, setDue] = useState(p.dueDay);
  const save = useMutation('ledger.edit');
  const changed = who !== p.responsiblePersonId || measures.trim() !== p.measures || due !== p.dueDay;
  async function submit() {
    const out = await save.run({
      problemId: p.id,
      ...(who !== p.responsiblePersonId ? { responsiblePersonId: who } : {}),
      ...(measures.trim() !== p.measures ? { measures: measures.trim() } : {}),
      ...(due !== p.dueDay ? { dueDay: due } : {}),
    });
    if (out) onSaved();
  }
  return (
    <View className='card stack'>
      <View className='card-title'>责任人、措施和时限</View>
      <Text className='ledger-field'>责任人</Text>
      <View className='ledger-people'>
        {p.cadres.map((c) => (
          <Button key={c.personId} type={who === c.personId ? 'primary' : 'default'} size='large' onClick={() => setWho(c.personId)}>
            {c.name}
          </Button>
        ))}
      </View>
      <Text className='ledger-field'>整改措施</Text>
      <LongText className='textarea' value={measures} max={300} placeholder='写明怎么整改' onInput={setMeasures} />
      <Text className='ledger-field'>时限</Text>
      <Picker mode='date' value={due} start={today} onChange={(e) => setDue(String(e.detail.value))}>
        <View className='ledger-date'>{due}</View>
      </Picker>
      <Button type='primary' size='large' block disabled={!changed || overBy(measures, 300) > 0} loading={save.pending} onClick={submit}>
        保存
      </Button>
      {save.error ? <Text className='bad'>{save.error.message}</Text> : null}
    </View>
  );
}
