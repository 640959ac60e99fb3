/** Annual/monthly grade of a cadre. */
export type Grade = 'excellent' | 'competent' | 'basic' | 'incompetent';

/** Chinese labels of the grades. */
export const GRADE_LABELS: Record<Grade, string> = {
  excellent: '优秀',
  competent: '称职',
  basic: '基本称职',
  incompetent: '不称职',
};

/** Grades from best to worst. */
export const GRADE_ORDER: readonly Grade[] = ['excellent', 'competent', 'basic', 'incompetent'];

/** What the grade is made from. Rates are shares 0..1; null/undefined means not available. */
export interface GradeInput {
  /** Unexcused absence days in the period. */
  unexcusedAbsences: number;
  /** Credited presence ÷ required presence, capped at 1. */
  presenceRate?: number | null;
  /** Diaries written on time ÷ diaries due. */
  diaryRate?: number | null;
  /** Covered days ÷ judged days of the team. */
  coverageRate?: number | null;
  /** Inspection score 0–100. */
  inspectionScore?: number | null;
  /** Villagers' survey results. */
  survey?: { satisfactionRate?: number | null; awarenessRate?: number | null } | null;
  /**
   * Rectifications of the village (整改台账) past their 时限 and not 销号 at the end of the period.
   * Any at all keeps the grade below 优秀: a team that leaves found problems unfixed is not excellent.
   */
  overdueRectifications?: number | null;
}

/** The grade with its score and the lines that explain it. */
export interface GradeResult {
  grade: Grade;
  label: string;
  /** Weighted score 0–100 (one decimal), null when nothing could be scored. */
  score: number | null;
  /** The grade the score alone would give. */
  scoreGrade: Grade | null;
  /** The cap from unexcused absences, if any applied. */
  cap: Grade | null;
  /** Plain Chinese lines: components, missing inputs, threshold, caps. */
  explanation: string[];
}
