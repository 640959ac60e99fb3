import { useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { newRequestId } from '../../../../services/location';
import { addHoliday, emptyYearDraft, removeAt, setHoliday, toEnteredYear, yearDraftProblems, type YearDraft } from './year-form';

function DatePick({ year, value, label, onPick }: { year: number; value: string; label: string; onPick: (day: string) => void }) {
  return (
    <Picker mode='date' value={value || `${year}-01-01`} start={`${year}-01-01`} end={`${year}-12-31`} onChange={(e) => onPick(String(e.detail.value))}>
      <View className='year-date' aria-label={label}>
        <Text className={value ? '' : 'muted'}>{value || '选择日期'}</Text>
      </View>
    </Picker>
  );
}

/**
 * An admin enters a year's State Council holiday schedule the bundled data lacks, once for every
 * county: holiday periods (name, first and last day) and make-up workdays (调休上班). Prefilled from
 * `initial` when correcting an entered year.
 */
export function YearScheduleForm({ year, initial, onSaved, onCancel }: { year: number; initial?: YearDraft; onSaved: () => void; onCancel?: () => void }) {
  const m = useMutation('calendar.year.set');
  const [draft, setDraft] = useState<YearDraft>(() => initial ?? emptyYearDraft(year));
  const [requestId, setRequestId] = useState(newRequestId);
  const [problems, setProblems] = useState<string[]>([]);
  const change = (d: YearDraft) => {
    setDraft(d);
    setProblems([]);
    setRequestId(newRequestId());
  };
  const save = async () => {
    const found = yearDraftProblems(year, draft);
    setProblems(found);
    if (found.length) return;
    const out = await m.run({ ...toEnteredYear(year, draft), clientRequestId: requestId });
    if (out) onSaved();
  };
  return (
    <View className='stack year-form'>
      <Text className='card-title'>{initial ? `修改${year}年节假日安排` : `${year}年节假日安排尚未录入`}</Text>
      <Text className='muted'>
        {`${initial ? '' : '没有这一年的节假日安排，打卡提醒、驻村天数和等次都暂停计算。'}请按国务院办公厅关于${year}年部分节假日安排的通知（每年11月前后发布）录入放假日期和调休上班日，全国只需录入一次。`}
      </Text>
      <Text className='label'>放假（每段假期的第一天和最后一天）</Text>
      {draft.holidays.map((h, i) => (
        <View className='year-row' key={`h${i}`}>
          <Input
            className='setting-input year-name'
            value={h.name}
            maxlength={10}
            placeholder='假期名称'
            aria-label={`第${i + 1}个假期名称`}
            onInput={(e) => change(setHoliday(draft, i, { name: e.detail.value }))}
          />
          <DatePick year={year} value={h.from} label={`第${i + 1}个假期第一天`} onPick={(from) => change(setHoliday(draft, i, { from }))} />
          <Text>至</Text>
          <DatePick year={year} value={h.to} label={`第${i + 1}个假期最后一天`} onPick={(to) => change(setHoliday(draft, i, { to }))} />
          <Text className='link' onClick={() => change({ ...draft, holidays: removeAt(draft.holidays, i) })}>
            删除
          </Text>
        </View>
      ))}
      <Text className='link' onClick={() => change(addHoliday(draft))}>
        ＋ 添加假期
      </Text>
      <Text className='label'>调休上班（要上班的周六、周日）</Text>
      {draft.makeupWorkdays.map((d, i) => (
        <View className='year-row' key={`w${i}`}>
          <DatePick
            year={year}
            value={d}
            label={`第${i + 1}个调休上班日`}
            onPick={(day) => change({ ...draft, makeupWorkdays: draft.makeupWorkdays.map((x, j) => (j === i ? day : x)) })}
          />
          <Text className='link' onClick={() => change({ ...draft, makeupWorkdays: removeAt(draft.makeupWorkdays, i) })}>
            删除
          </Text>
        </View>
      ))}
      <Text className='link' onClick={() => change({ ...draft, makeupWorkdays: [...draft.makeupWorkdays, ''] })}>
        ＋ 添加调休上班日
      </Text>
      {problems.map((p) => (
        <Text className='bad' key={p}>
          {p}
        </Text>
      ))}
      {m.error ? <Text className='bad'>{m.error.message}</Text> : null}
      <View>
        <Button type='primary' block loading={m.pending} disabled={m.pending} onClick={save}>
          {`保存${year}年节假日安排`}
        </Button>
      </View>
      {onCancel ? (
        <Text className='link' onClick={onCancel}>
          不修改了
        </Text>
      ) : null}
      <Text className='muted'>保存后记入操作日志，全国各县都按这一安排计算工作日。</Text>
    </View>
  );
}
