import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Grade, GradeReviewRow } from '../../../../../types/grades';
import { NoteForm } from '../../../../components/NoteForm';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';

const GRADES: [Grade, string][] = [
  ['excellent', '优秀'],
  ['competent', '称职'],
  ['basic', '基本称职'],
  ['incompetent', '不称职'],
];

/** One cadre: the proposal with each part and its reason; 确认, or 改为 another grade with a reason. */
export function GradeCard({ row, period, over, onDone }: { row: GradeReviewRow; period: string; over: boolean; onDone: () => void }) {
  const confirm = useMutation('grading.confirm');
  const [changeTo, setChangeTo] = useState<Grade | null>(null);
  const [open, setOpen] = useState(false);
  const at = period.length === 4 ? { year: period } : { month: period };
  async function run(grade: Grade, note?: string) {
    if (await confirm.run({ personId: row.personId, ...at, grade, ...(note ? { note } : {}) })) {
      setChangeTo(null);
      onDone();
    }
  }
  return (
    <View className='card stack grade-card'>
      <View className='row'>
        <Text className='card-title'>
          {row.name} <Text className='muted'>{row.roleLabel}</Text>
        </Text>
        <Text className={`grade grade--${row.confirmed?.grade ?? row.proposed}`}>{row.confirmed ? `已确认：${row.confirmed.label}` : `建议：${row.label}`}</Text>
      </View>
      <Text className='muted'>
        {row.townshipName}
        {row.villageName}
        {row.unitName ? ` · ${row.unitName}` : ''} · 得分{row.score ?? '—'}
      </Text>
      {row.components.map((c) => (
        <View key={c.key} className='grade-part'>
          <Text>
            {c.label}：{c.value}
          </Text>
          <Text className='muted grade-reason'>{c.reason}</Text>
        </View>
      ))}
      <Text className='link' onClick={() => setOpen(!open)}>
        {open ? '收起评定依据' : '评定依据'}
      </Text>
      {open ? row.explanation.map((e, i) => <Text key={i} className='muted grade-reason'>{e}</Text>) : null}
      {row.confirmed?.note ? <Text className='muted'>确认说明：{row.confirmed.note}</Text> : null}
      {over ? (
        changeTo ? (
          <NoteForm
            placeholder={`改为${GRADES.find((g) => g[0] === changeTo)![1]}的理由（必填）`}
            actions={[{ label: `确认改为${GRADES.find((g) => g[0] === changeTo)![1]}`, primary: true, minLength: 2 }]}
            onConfirm={(n) => void run(changeTo, n)}
            pending={confirm.pending}
            error={confirm.error}
            onCancel={() => setChangeTo(null)}
          />
        ) : (
          <>
            {!row.confirmed || row.confirmed.grade !== row.proposed ? (
              <Button type='primary' size='large' block loading={confirm.pending} onClick={() => void run(row.proposed)}>
                确认为{row.label}
              </Button>
            ) : null}
            <View className='grade-actions'>
              {GRADES.filter(([g]) => g !== (row.confirmed?.grade ?? row.proposed)).map(([g, label]) => (
                <Button key={g} size='large' onClick={() => setChangeTo(g)}>
                  改为{label}
                </Button>
              ))}
            </View>
            {confirm.error ? <Text className='bad'>{confirm.error.message}</Text> : null}
          </>
        )
      ) : (
        <Text className='muted'>期间还没结束，结束后才能确认。</Text>
      )}
    </View>
  );
}
