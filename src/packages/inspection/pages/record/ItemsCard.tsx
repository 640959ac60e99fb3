import { Input, Text, View } from '@tarojs/components';
import { GROUP_LABELS, itemNumber } from '../../../../core/inspection/template';
import type { RecordView } from '../../../../../types/inspection';
import type { RecordForm } from './form';

interface Props {
  record: RecordView;
  form: RecordForm;
  editable: boolean;
  onItem: (key: string, patch: { answer?: 'yes' | 'no'; note?: string }) => void;
}

/** The evidence beside an item the system can speak to. */
function evidenceLine(r: RecordView, evidence: string | null): string | null {
  if (evidence === 'coverage' && r.facts.coverage) {
    const c = r.facts.coverage;
    return `系统：已统计${c.judgedDays}天，有人在村${c.coveredDays}天${c.gapDays.length ? `，${c.gapDays.length}天无人在村` : ''}`;
  }
  if (evidence === 'presence') {
    const fs = r.facts.cadres.filter((c) => c.role === 'first_secretary');
    if (fs.length === 0) return null;
    return `系统：${fs.map((c) => `${c.name}在村${c.presentDays}天${c.requiredDays === null ? '' : `，应驻村${c.requiredDays}天`}`).join('；')}`;
  }
  return null;
}

/** 督查指标: each item with 是/否 and a note (what was found); 否 becomes a problem to rectify once signed. */
export function ItemsCard({ record, form, editable, onItem }: Props) {
  return (
    <>
      {(['team', 'secretary'] as const).map((group) => (
        <View className='card stack' key={group}>
          <Text className='card-title'>{GROUP_LABELS[group]}</Text>
          {record.items
            .filter((i) => i.group === group)
            .map((it) => {
              const f = form.items.find((x) => x.key === it.key) ?? { answer: it.answer, note: it.note };
              const ev = evidenceLine(record, it.evidence);
              return (
                <View key={it.key} className='insp-item stack' id={`item-${it.key}`}>
                  <Text>
                    {itemNumber(record.items, it.key)}.{it.text}
                  </Text>
                  {ev ? <Text className='muted'>{ev}{it.suggested ? `（建议：${it.suggested === 'yes' ? '是' : '否'}）` : ''}</Text> : null}
                  {editable ? (
                    <View className='stack'>
                      <View className='insp-choices'>
                        <Text className={`pill ${f.answer === 'yes' ? 'pill--on' : ''}`} onClick={() => onItem(it.key, { answer: 'yes' })}>
                          是
                        </Text>
                        <Text className={`pill ${f.answer === 'no' ? 'pill--on' : ''}`} onClick={() => onItem(it.key, { answer: 'no' })}>
                          否
                        </Text>
                      </View>
                      {f.answer === 'no' || f.note ? (
                        <Input className='text-field' value={f.note} maxlength={200} placeholder={f.answer === 'no' ? '发现的问题（必填）' : '说明（可不填）'} onInput={(e) => onItem(it.key, { note: e.detail.value ?? '' })} />
                      ) : null}
                    </View>
                  ) : (
                    <Text className={f.answer === 'no' ? 'bad' : f.answer === 'yes' ? 'ok' : 'muted'}>
                      {f.answer === 'yes' ? '是' : f.answer === 'no' ? '否' : '未填'}
                      {f.note ? `：${f.note}` : ''}
                    </Text>
                  )}
                </View>
              );
            })}
        </View>
      ))}
    </>
  );
}
