import { Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { LongText, overBy } from '../../../../components/LongText';
import { Button } from '../../../../components/ui';
import { LEAVE_TYPE_LABELS, LEAVE_TYPES, MAX_LEAVE_AHEAD_DAYS, MAX_LEAVE_DAYS, MAX_LEAVE_PAST_DAYS, type LeaveType } from '../../../../core/leave/index';
import { addDays } from '../../../../core/time';
import { useMutation } from '../../../../hooks/useMutation';
import { newRequestId } from '../../../../services/location';
import { draftProblem, draftSummary, draftTo, LEAVE_REASON_MAX, MIN_DAYS, type LeaveDraft } from './form';

interface Props {
  today: string;
  countyApprovalAboveDays: number;
  onDone: () => void;
}

const QUICK_STARTS: [string, number][] = [
  ['今天', 0],
  ['明天', 1],
  ['后天', 2],
];

/** 请假 / 公假 form: kind, start day, number of days, reason. */
export function ApplyForm({ today, countyApprovalAboveDays, onDone }: Props) {
  const [draft, setDraft] = useState<LeaveDraft>({ type: 'personal', from: addDays(today, 1), days: 1, reason: '' });
  const [requestId, setRequestId] = useState(newRequestId);
  const [touched, setTouched] = useState(false);
  const m = useMutation('leave.apply');
  const set = (patch: Partial<LeaveDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    m.reset();
  };
  const problem = draftProblem(draft, today);
  const tooLong = overBy(draft.reason, LEAVE_REASON_MAX) > 0;

  async function submit() {
    setTouched(true);
    if (problem) return;
    const out = await m.run({ type: draft.type, from: draft.from, to: draftTo(draft), reason: draft.reason.trim(), clientRequestId: requestId });
    if (out) {
      setRequestId(newRequestId());
      setDraft((d) => ({ ...d, reason: '', days: 1 }));
      setTouched(false);
      onDone();
    }
  }

  return (
    <View className='card stack'>
      <View className='card-title'>申请请假</View>
      <Text className='label'>类型（公假：县里会议、培训等公务）</Text>
      <View className='chips'>
        {LEAVE_TYPES.map((t: LeaveType) => (
          <View key={t} className={`chip${draft.type === t ? ' chip--on' : ''}`} onClick={() => set({ type: t })}>
            {LEAVE_TYPE_LABELS[t]}
          </View>
        ))}
      </View>
      <Text className='label'>从哪天开始</Text>
      <View className='chips'>
        {QUICK_STARTS.map(([label, n]) => (
          <View key={label} className={`chip${draft.from === addDays(today, n) ? ' chip--on' : ''}`} onClick={() => set({ from: addDays(today, n) })}>
            {label}
          </View>
        ))}
      </View>
      <Picker
        mode='date'
        value={draft.from}
        start={addDays(today, -MAX_LEAVE_PAST_DAYS)}
        end={addDays(today, MAX_LEAVE_AHEAD_DAYS)}
        onChange={(e) => set({ from: String(e.detail.value) })}
      >
        <View className='date-pick'>
          <Text>开始日期 {draft.from}</Text>
          <Text className='muted'>改日期 ›</Text>
        </View>
      </Picker>
      <Text className='label'>请几天（含开始当天）</Text>
      <View className='stepper'>
        <View className='stepper__btn' aria-label='少一天' onClick={() => set({ days: Math.max(MIN_DAYS, draft.days - 1) })}>
          −
        </View>
        <Text className='stepper__value'>{draft.days}</Text>
        <View className='stepper__btn' aria-label='多一天' onClick={() => set({ days: Math.min(MAX_LEAVE_DAYS, draft.days + 1) })}>
          ＋
        </View>
        <Text>天</Text>
      </View>
      <Text className='ok'>{draftSummary(draft, countyApprovalAboveDays)}</Text>
      <Text className='label'>事由</Text>
      <LongText value={draft.reason} max={LEAVE_REASON_MAX} placeholder='例如：家中老人住院，需要陪护' onInput={(reason) => set({ reason })} />
      {touched && problem && !tooLong ? <Text className='bad'>{problem}</Text> : null}
      {m.error ? <Text className='bad'>{m.error.message}</Text> : null}
      {m.data ? (
        <Text className='ok'>
          已提交，等待{m.data.approverLevel === 'county' ? '县级管理员' : '乡镇督导'}审批。
          {m.data.workingDays === null ? '其中工作日天数待节假日安排公布后计算。' : ''}
        </Text>
      ) : null}
      <View>
        <Button type='primary' size='xlarge' block loading={m.pending} disabled={tooLong} onClick={submit}>
          提交申请
        </Button>
      </View>
    </View>
  );
}
