import { Input, Text, View } from '@tarojs/components';
import { factLines } from '../../../../core/inspection/fact-lines';
import type { FactCheck, InspectionFacts } from '../../../../../types/inspection';

interface Props {
  facts: InspectionFacts;
  checks: Record<string, FactCheck>;
  editable: boolean;
  onCheck: (key: string, check: FactCheck | null) => void;
}

/**
 * 系统数据: what the system knows of the village's month, from clock-ins, diaries, leave and the
 * villagers' survey. The inspector confirms each line or corrects it with a note; nothing is re-typed.
 */
export function FactsCard({ facts, checks, editable, onCheck }: Props) {
  const lines = factLines(facts);
  return (
    <View className='card stack'>
      <Text className='card-title'>系统数据（截至{facts.asOf}）</Text>
      <Text className='muted'>来自驻村打卡、工作日志、请假和群众问卷，不用重新填报。请逐项核对：属实点“确认”，不符点“更正”并写明情况。</Text>
      {lines.length === 0 ? <Text className='muted'>本村这个月还没有系统数据。</Text> : null}
      {lines.map((l) => {
        const c = checks[l.key] ?? null;
        return (
          <View key={l.key} className='insp-fact stack'>
            <Text className='insp-fact-label'>{l.label}</Text>
            <Text>{l.text}</Text>
            {l.key === 'calendar' ? null : editable ? (
              <View className='stack'>
                <View className='insp-choices'>
                  <Text className={`pill ${c?.state === 'confirmed' ? 'pill--on' : ''}`} onClick={() => onCheck(l.key, { state: 'confirmed', value: null, note: '' })}>
                    确认
                  </Text>
                  <Text className={`pill ${c?.state === 'corrected' ? 'pill--on' : ''}`} onClick={() => onCheck(l.key, { state: 'corrected', value: c?.value ?? '', note: c?.note ?? '' })}>
                    更正
                  </Text>
                </View>
                {c?.state === 'corrected' ? (
                  <View className='stack'>
                    <Input className='text-field' value={c.value ?? ''} maxlength={40} placeholder='更正为（如：在村14天）' onInput={(e) => onCheck(l.key, { ...c, value: e.detail.value ?? '' })} />
                    <Input className='text-field' value={c.note} maxlength={200} placeholder='更正的理由（必填）' onInput={(e) => onCheck(l.key, { ...c, note: e.detail.value ?? '' })} />
                  </View>
                ) : null}
              </View>
            ) : (
              <CheckText check={c} />
            )}
          </View>
        );
      })}
    </View>
  );
}

function CheckText({ check }: { check: FactCheck | null }) {
  if (!check) return <Text className='muted'>督查组未核对</Text>;
  if (check.state === 'confirmed') return <Text className='ok'>督查组确认属实</Text>;
  return (
    <Text className='warn'>
      督查组更正为：{check.value}（{check.note}）
    </Text>
  );
}
