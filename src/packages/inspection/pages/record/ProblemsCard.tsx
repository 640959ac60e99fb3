import { Input, Text, View } from '@tarojs/components';
import type { RecordView } from '../../../../../types/inspection';
import type { RecordForm } from './form';

const STATUS: Record<string, string> = { open: '待整改', submitted: '待销号', returned: '已退回' };

/** 上次督查未销号问题: the village's problems of earlier records not yet closed, to check now. */
export function OpenProblemsCard({ record }: { record: RecordView }) {
  if (record.openProblems.length === 0) return null;
  return (
    <View className='card stack'>
      <Text className='card-title'>上次督查未销号问题（{record.openProblems.length}）</Text>
      <Text className='muted'>请本次督查时一并查看整改情况。</Text>
      {record.openProblems.map((p) => (
        <View key={p.id} className='insp-fact stack'>
          <Text>{p.text}</Text>
          <Text className='muted'>
            {p.month}督查发现 · {STATUS[p.status] ?? p.status} · 时限{p.dueDay}
          </Text>
        </View>
      ))}
    </View>
  );
}

/** 其他问题: problems the inspector found beyond the items, each with a 责任人 (default: the team leader). */
export function ExtraProblemsCard({ record, list, editable, onChange }: { record: RecordView; list: RecordForm['extraProblems']; editable: boolean; onChange: (l: RecordForm['extraProblems']) => void }) {
  if (!editable && list.length === 0) return null;
  const set = (i: number, patch: Partial<RecordForm['extraProblems'][number]>) => onChange(list.map((p, k) => (k === i ? { ...p, ...patch } : p)));
  return (
    <View className='card stack'>
      <Text className='card-title'>督查发现的其他问题</Text>
      {list.map((p, i) => (
        <View key={i} className='insp-fact stack'>
          {editable ? (
            <Input className='text-field' value={p.text} maxlength={200} placeholder='问题（至少4个字）' onInput={(e) => set(i, { text: e.detail.value ?? '' })} />
          ) : (
            <Text>
              {i + 1}. {p.text}
            </Text>
          )}
          <View className='insp-choices'>
            <Text className='muted'>责任人：</Text>
            {editable ? (
              record.people.map((c) => (
                <Text key={c.id} className={`pill ${p.responsiblePersonId === c.id ? 'pill--on' : ''}`} onClick={() => set(i, { responsiblePersonId: c.id })}>
                  {c.name}
                </Text>
              ))
            ) : (
              <Text>{record.people.find((c) => c.id === p.responsiblePersonId)?.name ?? '驻村工作队队长'}</Text>
            )}
          </View>
          {editable ? (
            <Text className='link' onClick={() => onChange(list.filter((_, k) => k !== i))}>
              删除这个问题
            </Text>
          ) : null}
        </View>
      ))}
      {editable ? (
        <Text className='link' onClick={() => onChange([...list, { text: '', responsiblePersonId: null }])}>
          ＋ 添加问题
        </Text>
      ) : null}
    </View>
  );
}
