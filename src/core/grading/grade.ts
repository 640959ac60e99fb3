import type { CoverageResult, PersonMonthResult } from '../compliance/types';
import { DEFAULT_RULE_CONFIG, type RuleConfig } from '../rules/config';
import { GRADE_LABELS, GRADE_ORDER, type Grade, type GradeInput, type GradeResult } from './types';

type Component = 'presence' | 'diary' | 'coverage' | 'inspection' | 'survey';

const COMPONENT_LABELS: Record<Component, string> = {
  presence: '驻村完成率',
  diary: '日志按时率',
  coverage: '每日在岗率',
  inspection: '督查得分',
  survey: '群众评价',
};

const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const isNum = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

function surveyScore(survey: GradeInput['survey']): number | null {
  if (!survey) return null;
  const rates = [survey.satisfactionRate, survey.awarenessRate].filter(isNum).map(clamp01);
  return rates.length === 0 ? null : (rates.reduce((a, b) => a + b, 0) / rates.length) * 100;
}

function componentScores(input: GradeInput): Record<Component, number | null> {
  return {
    presence: isNum(input.presenceRate) ? clamp01(input.presenceRate) * 100 : null,
    diary: isNum(input.diaryRate) ? clamp01(input.diaryRate) * 100 : null,
    coverage: isNum(input.coverageRate) ? clamp01(input.coverageRate) * 100 : null,
    inspection: isNum(input.inspectionScore) ? Math.min(100, Math.max(0, input.inspectionScore)) : null,
    survey: surveyScore(input.survey),
  };
}

/** The worse of two grades. */
export function worseGrade(a: Grade, b: Grade): Grade {
  return GRADE_ORDER.indexOf(a) >= GRADE_ORDER.indexOf(b) ? a : b;
}

/** The grade a score reaches under the thresholds. */
export function gradeForScore(score: number, config: RuleConfig = DEFAULT_RULE_CONFIG): Grade {
  const t = config.grading.thresholds;
  if (score >= t.excellent) return 'excellent';
  if (score >= t.competent) return 'competent';
  if (score >= t.basic) return 'basic';
  return 'incompetent';
}

/** The best grade allowed with this many unexcused absences (null: no cap). */
export function absenceCap(absences: number, config: RuleConfig = DEFAULT_RULE_CONFIG): Grade | null {
  const c = config.grading.caps;
  if (absences >= c.incompetentFrom) return 'incompetent';
  if (absences >= c.atMostBasicFrom) return 'basic';
  if (absences >= c.notExcellentFrom) return 'competent';
  return null;
}

function capLine(absences: number, cap: Grade): string {
  if (cap === 'incompetent') return `无故缺勤${absences}天，评为不称职`;
  if (cap === 'basic') return `无故缺勤${absences}天，最高只能评为基本称职`;
  return `无故缺勤${absences}天，不能评为优秀`;
}

/**
 * Grades a cadre: a weighted score (0–100) over the available components —
 * weights of missing components are re-normalised over the rest — gives a grade by
 * thresholds, then unexcused absences cap it. With nothing to score, the grade is
 * 称职 limited by the cap.
 */
export function gradeCadre(input: GradeInput, config: RuleConfig = DEFAULT_RULE_CONFIG): GradeResult {
  const weights = config.grading.weights;
  const scores = componentScores(input);
  const used = (Object.keys(scores) as Component[]).filter((k) => scores[k] !== null && weights[k] > 0);
  const missing = (Object.keys(scores) as Component[]).filter((k) => scores[k] === null && weights[k] > 0);
  const total = used.reduce((s, k) => s + weights[k], 0);
  const explanation: string[] = [];
  let score: number | null = null;
  let scoreGrade: Grade | null = null;
  if (total > 0) {
    const raw = used.reduce((s, k) => s + (weights[k] / total) * (scores[k] as number), 0);
    score = Math.round(raw * 10) / 10;
    scoreGrade = gradeForScore(score, config);
    for (const k of used) {
      explanation.push(`${COMPONENT_LABELS[k]}${Math.round((scores[k] as number) * 10) / 10}分，权重${pct(weights[k] / total)}`);
    }
    if (missing.length > 0) {
      explanation.push(`未提供${missing.map((k) => COMPONENT_LABELS[k]).join('、')}，其余权重按比例折算`);
    }
    explanation.push(`综合得分${score}分，按分数评为${GRADE_LABELS[scoreGrade]}`);
  } else {
    explanation.push('没有可计分的数据，暂按称职评定');
  }
  const awareness = input.survey?.awarenessRate;
  if (isNum(awareness) && awareness < config.survey.awarenessMin) {
    explanation.push(`知晓率${pct(awareness)}，低于要求的${pct(config.survey.awarenessMin)}`);
  }
  const cap = absenceCap(input.unexcusedAbsences, config);
  let grade: Grade = scoreGrade ?? 'competent';
  if (cap) {
    const capped = worseGrade(grade, cap);
    if (capped !== grade || cap === 'incompetent') explanation.push(capLine(input.unexcusedAbsences, cap));
    grade = capped;
  }
  const overdue = input.overdueRectifications ?? 0;
  if (overdue > 0) {
    const capped = worseGrade(grade, 'competent');
    explanation.push(`${overdue}项整改过了时限仍未销号${capped !== grade ? '，不能评为优秀' : ''}`);
    grade = capped;
  }
  return { grade, label: GRADE_LABELS[grade], score, scoreGrade, cap, explanation };
}

/** Builds a GradeInput from a month's compliance (plus optional inspection and survey). */
export function gradeInputFromCompliance(
  person: PersonMonthResult,
  coverage?: CoverageResult | null,
  extra: Pick<GradeInput, 'inspectionScore' | 'survey' | 'overdueRectifications'> = {},
): GradeInput {
  const due = person.diary.requiredDays.length;
  return {
    unexcusedAbsences: person.unexcusedAbsences.length,
    presenceRate: person.requiredDays ? Math.min(1, person.presentDays / person.requiredDays) : null,
    diaryRate: due > 0 ? person.diary.onTimeDays.length / due : null,
    coverageRate: coverage && coverage.judgedDays > 0 ? coverage.coveredDays / coverage.judgedDays : null,
    ...extra,
  };
}
