import { SKIP_TO_END, SURVEY_MAX_OPTIONS, SURVEY_MAX_QUESTIONS, RATING_MAX, SURVEY_TEXT_MAX, type SurveyAnswerValue, type SurveyAnswers, type SurveyQuestion } from './types';

/**
 * Skip logic: after question `index`, where to go. A matching skip rule jumps forward to its
 * target (or past the end); otherwise the next question. Returns questions.length at the end.
 */
export function nextQuestionIndex(questions: readonly SurveyQuestion[], index: number, answers: SurveyAnswers): number {
  const q = questions[index];
  if (!q) return questions.length;
  const a = answers[q.id];
  if (typeof a === 'number') {
    const rule = q.skip.find((r) => r.when === a);
    if (rule) {
      if (rule.to === SKIP_TO_END) return questions.length;
      const to = questions.findIndex((x) => x.id === rule.to);
      if (to > index) return to;
    }
  }
  return index + 1;
}

/** The indices a respondent passes through with these answers, in order. */
export function surveyPath(questions: readonly SurveyQuestion[], answers: SurveyAnswers): number[] {
  const out: number[] = [];
  for (let i = 0; i < questions.length; i = nextQuestionIndex(questions, i, answers)) out.push(i);
  return out;
}

/** Only the answers on the path (a changed answer may have skipped questions answered before). */
export function pruneSurveyAnswers(questions: readonly SurveyQuestion[], answers: SurveyAnswers): SurveyAnswers {
  const out: SurveyAnswers = {};
  for (const i of surveyPath(questions, answers)) {
    const id = questions[i].id;
    if (answers[id] !== undefined) out[id] = answers[id];
  }
  return out;
}

/** Whether one value fits its question; a Chinese reason when not. */
export function surveyValueProblem(q: SurveyQuestion, v: SurveyAnswerValue): string | null {
  switch (q.kind) {
    case 'single':
      return Number.isInteger(v) && (v as number) >= 0 && (v as number) < q.options.length ? null : '选项不存在';
    case 'multi': {
      if (!Array.isArray(v) || v.length === 0) return '请至少选一项';
      const ok = v.every((x) => Number.isInteger(x) && x >= 0 && x < q.options.length);
      return ok && new Set(v).size === v.length ? null : '选项不存在';
    }
    case 'rating':
      return Number.isInteger(v) && (v as number) >= 1 && (v as number) <= RATING_MAX ? null : `评分应为1到${RATING_MAX}`;
    case 'text':
      if (typeof v !== 'string') return '请填写文字';
      return v.trim().length > SURVEY_TEXT_MAX ? `最多${SURVEY_TEXT_MAX}个字` : null;
  }
}

/** An answer counts as given: a blank text does not. */
export function isSurveyAnswered(v: SurveyAnswerValue | undefined): boolean {
  if (v === undefined) return false;
  if (typeof v === 'string') return v.trim().length > 0;
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

/** Server-side check of a whole submission against the questions and their skip logic. */
export function surveyAnswerProblems(questions: readonly SurveyQuestion[], answers: SurveyAnswers): string[] {
  const problems: string[] = [];
  const byId = new Map(questions.map((q, i) => [q.id, { q, i }]));
  for (const id of Object.keys(answers)) if (!byId.has(id)) problems.push(`没有这道题：${id}`);
  const onPath = new Set(surveyPath(questions, answers).map((i) => questions[i].id));
  questions.forEach((q, i) => {
    const v = answers[q.id];
    const label = `第${i + 1}题`;
    if (!onPath.has(q.id)) {
      if (v !== undefined) problems.push(`${label}按跳题规则不用回答`);
      return;
    }
    if (!isSurveyAnswered(v)) {
      if (q.required) problems.push(`${label}还没有回答`);
      return;
    }
    const p = surveyValueProblem(q, v as SurveyAnswerValue);
    if (p) problems.push(`${label}：${p}`);
  });
  return problems;
}

/** Checks a questionnaire a supervisor wrote; Chinese problems, empty when fine. */
export function surveyQuestionProblems(questions: readonly SurveyQuestion[]): string[] {
  const problems: string[] = [];
  if (questions.length === 0) return ['请至少添加一道题'];
  if (questions.length > SURVEY_MAX_QUESTIONS) problems.push(`最多${SURVEY_MAX_QUESTIONS}道题`);
  const ids = new Set<string>();
  questions.forEach((q, i) => {
    const label = `第${i + 1}题`;
    if (ids.has(q.id)) problems.push(`${label}编号重复`);
    ids.add(q.id);
    const t = q.title.trim();
    if (t.length < 2) problems.push(`${label}题目至少2个字`);
    if (t.length > 100) problems.push(`${label}题目最多100个字`);
    const choice = q.kind === 'single' || q.kind === 'multi';
    if (choice) {
      if (q.options.length < 2 || q.options.length > SURVEY_MAX_OPTIONS) problems.push(`${label}需要2到${SURVEY_MAX_OPTIONS}个选项`);
      if (q.options.some((o) => o.trim().length === 0 || o.trim().length > 30)) problems.push(`${label}选项应为1到30个字`);
      if (new Set(q.options.map((o) => o.trim())).size !== q.options.length) problems.push(`${label}选项重复`);
    } else if (q.options.length > 0) problems.push(`${label}（评分或填空）不需要选项`);
    const valid = (x: number) => (q.kind === 'rating' ? Number.isInteger(x) && x >= 1 && x <= RATING_MAX : Number.isInteger(x) && x >= 0 && x < q.options.length);
    if (q.measure) {
      if (q.kind !== 'single' && q.kind !== 'rating') problems.push(`${label}只有单选题或评分题能计入知晓率、满意率`);
      else if (q.positive.length === 0 || !q.positive.every(valid)) problems.push(`${label}请选出算作“知道”或“满意”的答案`);
    } else if (q.positive.length > 0) problems.push(`${label}没有统计类别，不需要设置“满意”答案`);
    if (q.skip.length > 0 && q.kind !== 'single' && q.kind !== 'rating') problems.push(`${label}只有单选题或评分题能设置跳题`);
    const seen = new Set<number>();
    for (const r of q.skip) {
      if (!valid(r.when)) problems.push(`${label}跳题条件的答案不存在`);
      if (seen.has(r.when)) problems.push(`${label}同一个答案设置了两条跳题`);
      seen.add(r.when);
      const to = questions.findIndex((x) => x.id === r.to);
      if (r.to !== SKIP_TO_END && to <= i) problems.push(`${label}只能跳到后面的题或结束`);
    }
  });
  return problems;
}
