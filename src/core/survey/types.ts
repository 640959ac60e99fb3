/** Survey questions and answers as plain data (the zod schemas in types/survey.ts mirror these). */
export type SurveyQuestionKind = 'single' | 'multi' | 'rating' | 'text';
/** What a question measures: 知晓率 (awareness) or 满意率 (satisfaction). */
export type SurveyMeasure = 'awareness' | 'satisfaction';

/** 'If the answer is `when`, go to question `to`' ('end' ends the survey). */
export interface SurveySkipRule {
  /** Option index (single choice) or rating value (rating). */
  when: number;
  to: string;
}

export interface SurveyQuestion {
  /** Short id, unique in the campaign: q1, q2 … */
  id: string;
  kind: SurveyQuestionKind;
  title: string;
  /** Choices of single / multiple choice questions; empty otherwise. */
  options: string[];
  required: boolean;
  /** Counted in the awareness or satisfaction rate; single choice and rating only. */
  measure: SurveyMeasure | null;
  /** SurveyAnswers counted as positive: option indices (single) or rating values (rating). */
  positive: number[];
  skip: SurveySkipRule[];
}

/** single: option index; multi: option indices; rating: 1..RATING_MAX; text: the text. */
export type SurveyAnswerValue = number | number[] | string;
export type SurveyAnswers = Record<string, SurveyAnswerValue>;

export const RATING_MAX = 5;
export const RATING_LABELS = ['很不满意', '不满意', '一般', '满意', '很满意'] as const;
export const SURVEY_TEXT_MAX = 200;
export const SURVEY_MAX_QUESTIONS = 30;
export const SURVEY_MAX_OPTIONS = 8;
export const SKIP_TO_END = 'end';
