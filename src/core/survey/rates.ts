import { isSurveyAnswered } from './flow';
import { RATING_MAX, type SurveyAnswers, type SurveyMeasure, type SurveyQuestion } from './types';
import { wilsonInterval } from './wilson';

/** Counts for one question over a set of submissions: never the submissions themselves. */
export interface SurveyQuestionTally {
  questionId: string;
  /** How many answered it (skipped or blank ones are not counted). */
  n: number;
  /** Per option (single, multi) or per rating value 1..RATING_MAX; empty for text. */
  counts: number[];
  /** SurveyAnswers counted as positive (measured questions), else null. */
  positive: number | null;
}

export function tallyQuestion(q: SurveyQuestion, submissions: readonly SurveyAnswers[]): SurveyQuestionTally {
  const size = q.kind === 'rating' ? RATING_MAX : q.kind === 'text' ? 0 : q.options.length;
  const counts = new Array<number>(size).fill(0);
  let n = 0;
  let positive = 0;
  for (const s of submissions) {
    const v = s[q.id];
    if (!isSurveyAnswered(v)) continue;
    n += 1;
    if (Array.isArray(v)) v.forEach((x) => x >= 0 && x < size && (counts[x] += 1));
    else if (typeof v === 'number') {
      const slot = q.kind === 'rating' ? v - 1 : v;
      if (slot >= 0 && slot < size) counts[slot] += 1;
      if (q.positive.includes(v)) positive += 1;
    }
  }
  return { questionId: q.id, n, counts, positive: q.measure ? positive : null };
}

export interface SurveyRate {
  questionId: string;
  positive: number;
  n: number;
  rate: number;
  low: number;
  high: number;
  /** n below the county's minimum sample: show 'too few answers', not a rateVerdict. */
  tooFew: boolean;
}

export function surveyRate(questionId: string, positive: number, n: number, minAnswers: number): SurveyRate {
  const w = wilsonInterval(positive, n);
  return { questionId, positive, n, rate: w.p, low: w.low, high: w.high, tooFew: n < minAnswers };
}

/**
 * The headline rate of a measure is its first question (in the templates: 'do you know your
 * first secretary?' and 'are you satisfied with the work team?'), as inspectors count it by
 * hand: those answering positively over those asked. Other measured questions get their own
 * rate per question. Null when no question measures it.
 */
export function headlineRate(questions: readonly SurveyQuestion[], tallies: readonly SurveyQuestionTally[], measure: SurveyMeasure, minAnswers: number): SurveyRate | null {
  const q = questions.find((x) => x.measure === measure);
  if (!q) return null;
  const t = tallies.find((x) => x.questionId === q.id);
  return surveyRate(q.id, t?.positive ?? 0, t?.n ?? 0, minAnswers);
}

/** SurveyRate of every measured question. */
export function questionRates(questions: readonly SurveyQuestion[], tallies: readonly SurveyQuestionTally[], minAnswers: number): SurveyRate[] {
  return tallies
    .filter((t) => t.positive !== null)
    .map((t) => surveyRate(t.questionId, t.positive ?? 0, t.n, minAnswers))
    .filter((r) => questions.some((q) => q.id === r.questionId));
}

export type RateVerdict = 'met' | 'missed' | 'below-unsure' | 'above-unsure' | 'too-few';

/**
 * Whether a rate meets a minimum: 'met' only when the whole interval is above it, 'missed' when
 * entirely below. Between, the rate says which side it is on and that the answers do not settle it
 * yet: 46% against 60% never reads as anything but below.
 */
export function rateVerdict(r: SurveyRate, min: number): RateVerdict {
  if (r.tooFew) return 'too-few';
  if (r.low >= min) return 'met';
  if (r.high < min) return 'missed';
  return r.rate < min ? 'below-unsure' : 'above-unsure';
}

/** The words and colour of each verdict, the same on screen and in exports. */
export const RATE_VERDICT_WORDS: Record<RateVerdict, { word: string; tone: 'ok' | 'warn' | 'bad' | 'none' }> = {
  met: { word: '达标', tone: 'ok' },
  missed: { word: '未达标', tone: 'bad' },
  'below-unsure': { word: '低于目标，答卷还不够定论', tone: 'warn' },
  'above-unsure': { word: '高于目标，答卷还不够定论', tone: 'warn' },
  'too-few': { word: '样本太少', tone: 'none' },
};
