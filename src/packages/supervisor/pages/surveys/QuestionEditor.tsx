import { useState } from 'react';
import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import { RATING_MAX, SKIP_TO_END, type SurveyQuestion, type SurveyQuestionKind } from '../../../../core/survey/types';
import { QUESTION_KIND_LABELS } from '../../../../../types/survey';
import { Button } from '../../../../components/ui';

const KINDS = Object.keys(QUESTION_KIND_LABELS) as SurveyQuestionKind[];

function Chip(props: { on: boolean; label: string; onClick: () => void }) {
  return (
    <Text className={`survey-chip${props.on ? ' survey-chip--on' : ''}`} onClick={props.onClick}>
      {props.label}
    </Text>
  );
}

/** Edits one question: type, text, choices, what counts as 知道/满意, and 'skip to' per answer. */
export function QuestionEditor(props: {
  question: SurveyQuestion;
  index: number;
  all: readonly SurveyQuestion[];
  onChange: (q: SurveyQuestion) => void;
  onRemove: () => void;
}) {
  const { question: q, index, all, onChange } = props;
  const set = (p: Partial<SurveyQuestion>) => onChange({ ...q, ...p });
  const values = q.kind === 'rating' ? Array.from({ length: RATING_MAX }, (_, i) => ({ v: i + 1, label: `${i + 1}分` })) : q.options.map((label, v) => ({ v, label }));
  const scored = q.kind === 'single' || q.kind === 'rating';
  const later = all.map((x, i) => ({ id: x.id, label: `第${i + 1}题` })).filter((_, i) => i > index);
  const targets = [{ id: '', label: '不跳题' }, ...later, { id: SKIP_TO_END, label: '直接结束' }];
  const [skipOpen, setSkipOpen] = useState(false);
  const targetLabel = (id: string) => targets.find((t) => t.id === id)?.label ?? id;
  const skipSummary = q.skip.map((r) => `选“${values.find((x) => x.v === r.when)?.label ?? r.when}”→${targetLabel(r.to)}`).join('；');
  const toggle = (list: number[], v: number) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v].sort((a, b) => a - b));
  return (
    <View className='card'>
      <View className='row'>
        <Text className='card-title'>第{index + 1}题</Text>
        <Text className='link' onClick={props.onRemove}>
          删除
        </Text>
      </View>
      <View>
        {KINDS.map((k) => (
          <Chip
            key={k}
            on={q.kind === k}
            label={QUESTION_KIND_LABELS[k]}
            onClick={() => set({ kind: k, options: k === 'single' || k === 'multi' ? (q.options.length ? q.options : ['是', '否']) : [], measure: null, positive: [], skip: [] })}
          />
        ))}
      </View>
      <Input className='survey-field' value={q.title} placeholder='题目' maxlength={100} onInput={(e) => set({ title: e.detail.value })} />
      {q.kind === 'single' || q.kind === 'multi' ? (
        <>
          <Text className='survey-label'>选项（每行一个）</Text>
          <Textarea
            className='survey-textarea'
            value={q.options.join('\n')}
            onInput={(e) => set({ options: e.detail.value.split('\n').map((s) => s.trim()).filter(Boolean), positive: [], skip: [] })}
          />
        </>
      ) : null}
      <View>
        <Chip on={q.required} label={q.required ? '必答' : '可不答'} onClick={() => set({ required: !q.required })} />
        {scored ? (
          <>
            <Chip on={q.measure === null} label='不计入统计' onClick={() => set({ measure: null, positive: [] })} />
            <Chip on={q.measure === 'awareness'} label='计入知晓率' onClick={() => set({ measure: 'awareness' })} />
            <Chip on={q.measure === 'satisfaction'} label='计入满意率' onClick={() => set({ measure: 'satisfaction' })} />
          </>
        ) : null}
      </View>
      {scored && q.measure ? (
        <View>
          <Text className='survey-label'>算作“{q.measure === 'awareness' ? '知道' : '满意'}”的答案：</Text>
          <View>
            {values.map((x) => (
              <Chip key={x.v} on={q.positive.includes(x.v)} label={x.label} onClick={() => set({ positive: toggle(q.positive, x.v) })} />
            ))}
          </View>
        </View>
      ) : null}
      {scored && values.length > 0 ? (
        <Text className='link' onClick={() => setSkipOpen(!skipOpen)}>
          {skipOpen ? '收起跳题设置' : `跳题：${skipSummary || '不跳题'} ›`}
        </Text>
      ) : null}
      {scored && values.length > 0 && skipOpen ? (
        <View>
          <Text className='survey-label'>选了某个答案后跳到哪里：</Text>
          {values.map((x) => {
            const rule = q.skip.find((r) => r.when === x.v);
            const cur = Math.max(0, targets.findIndex((t) => t.id === (rule?.to ?? '')));
            return (
              <Picker
                key={x.v}
                mode='selector'
                range={targets.map((t) => t.label)}
                value={cur}
                onChange={(e) => {
                  const to = targets[Number(e.detail.value)].id;
                  const rest = q.skip.filter((r) => r.when !== x.v);
                  set({ skip: to ? [...rest, { when: x.v, to }] : rest });
                }}
              >
                <View className='row'>
                  <Text>选“{x.label}”</Text>
                  <Text className='muted'>{targets[cur].label} ›</Text>
                </View>
              </Picker>
            );
          })}
        </View>
      ) : null}
    </View>
  );
}

export function AddQuestion(props: { onAdd: () => void }) {
  return (
    <Button size='large' block onClick={props.onAdd}>
      添加一道题
    </Button>
  );
}
