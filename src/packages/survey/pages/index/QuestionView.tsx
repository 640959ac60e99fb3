import { Button, Text, View } from '@tarojs/components';
import { LongText } from '../../../../components/LongText';
import { RATING_LABELS, RATING_MAX, SURVEY_TEXT_MAX, type SurveyAnswerValue, type SurveyQuestion } from '../../../../core/survey/types';

/** One question, large: each choice is a full-width button. */
export function QuestionView(props: { question: SurveyQuestion; value: SurveyAnswerValue | undefined; onChange: (v: SurveyAnswerValue | undefined) => void }) {
  const { question: q, value, onChange } = props;
  if (q.kind === 'text') {
    return (
      <LongText className='sv-textarea' value={typeof value === 'string' ? value : ''} max={SURVEY_TEXT_MAX} placeholder='请在这里写（可不填）' onInput={onChange} />
    );
  }
  const choices =
    q.kind === 'rating' ? Array.from({ length: RATING_MAX }, (_, i) => ({ v: RATING_MAX - i, label: `${RATING_MAX - i}分  ${RATING_LABELS[RATING_MAX - i - 1]}` })) : q.options.map((label, v) => ({ v, label }));
  const selected = (v: number) => (Array.isArray(value) ? value.includes(v) : value === v);
  const tap = (v: number) => {
    if (q.kind !== 'multi') return onChange(v);
    const cur = Array.isArray(value) ? value : [];
    const next = cur.includes(v) ? cur.filter((x) => x !== v) : [...cur, v].sort((a, b) => a - b);
    onChange(next.length ? next : undefined);
  };
  return (
    <View className='sv-choices'>
      {q.kind === 'multi' ? <Text className='sv-hint'>可以选多项</Text> : null}
      {choices.map((c) => (
        <Button key={c.v} className={`sv-choice${selected(c.v) ? ' sv-choice-on' : ''}`} onClick={() => tap(c.v)}>
          <Text className='sv-mark'>{selected(c.v) ? '✓' : ''}</Text>
          <Text>{c.label}</Text>
        </Button>
      ))}
    </View>
  );
}
