import { DEFAULT_RULE_CONFIG, type RuleConfig } from '../rules/config';
import { absenceCap, gradeForScore, worseGrade } from './grade';
import { GRADE_LABELS, type Grade, type GradeResult } from './types';

/** One finished month of a cadre, as the annual grade reads it. */
export interface MonthGrade {
  month: string;
  result: GradeResult;
  unexcusedAbsences: number;
}

/**
 * The annual grade from the year's finished months: the mean of the monthly scores gives a grade
 * by the thresholds; the year's unexcused absences (summed) cap it as in a month; rectifications
 * overdue at the end of the last month keep it below 优秀. With no month scored: 称职, still capped.
 */
export function gradeYear(months: readonly MonthGrade[], overdueRectifications: number, config: RuleConfig = DEFAULT_RULE_CONFIG): GradeResult {
  const scored = months.filter((m) => m.result.score !== null);
  const explanation: string[] = [];
  let score: number | null = null;
  let scoreGrade: Grade | null = null;
  if (scored.length > 0) {
    score = Math.round((scored.reduce((s, m) => s + (m.result.score as number), 0) / scored.length) * 10) / 10;
    scoreGrade = gradeForScore(score, config);
    explanation.push(`${scored.length}个月平均得分${score}分，按分数评为${GRADE_LABELS[scoreGrade]}`);
  } else {
    explanation.push('没有可计分的月份，暂按称职评定');
  }
  let grade: Grade = scoreGrade ?? 'competent';
  const absences = months.reduce((s, m) => s + m.unexcusedAbsences, 0);
  const cap = absenceCap(absences, config);
  if (cap) {
    const capped = worseGrade(grade, cap);
    if (capped !== grade || cap === 'incompetent') explanation.push(`全年无故缺勤${absences}天，${cap === 'incompetent' ? '评为不称职' : `最高评为${GRADE_LABELS[cap]}`}`);
    grade = capped;
  }
  if (overdueRectifications > 0) {
    const capped = worseGrade(grade, 'competent');
    explanation.push(`${overdueRectifications}项整改过了时限仍未销号${capped !== grade ? '，不能评为优秀' : ''}`);
    grade = capped;
  }
  const low = months.filter((m) => m.result.grade === 'incompetent').map((m) => String(Number(m.month.slice(5))));
  if (low.length) explanation.push(`${low.join('、')}月度评为不称职`);
  return { grade, label: GRADE_LABELS[grade], score, scoreGrade, cap, explanation };
}
