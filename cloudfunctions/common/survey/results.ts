import { headlineRate, questionRates, tallyQuestion, type SurveyRate } from '../../../src/core/survey/rates';
import { RATING_LABELS, type SurveyAnswers } from '../../../src/core/survey/types';
import type { RuleConfig } from '../../../src/core/rules/config';
import type { VillageDoc } from '../model';
import { findAll, type DocDriver } from '../store/driver';
import type { CampaignDoc } from './model';

export interface VillageResult {
  villageId: string;
  villageName: string;
  answers: number;
  target: number;
  tooFew: boolean;
  /** Per-option counts and rates withheld from this caller: too few answers (survey.minCellAnswers). */
  withheld: boolean;
  awareness: SurveyRate | null;
  satisfaction: SurveyRate | null;
  questions: { id: string; title: string; kind: string; n: number; counts: { label: string; count: number }[]; rate: SurveyRate | null }[];
}

/** The answers of one village (bounded: a village's campaign, a few hundred at most). */
export async function villageAnswers(store: DocDriver, campaignId: string, villageId: string): Promise<SurveyAnswers[]> {
  const docs = await findAll(store, 'survey_answers', { campaignId, villageId });
  return docs.map((d) => d.answers);
}

/** Villages per query of campaignAnswers (their answers come a page or a few at a time). */
const VILLAGES_PER_QUERY = 100;

/** The answers of many villages of a campaign, by village, in a few queries (never one per village). */
export async function campaignAnswers(store: DocDriver, campaignId: string, villageIds: string[]): Promise<Map<string, SurveyAnswers[]>> {
  const chunks: string[][] = [];
  for (let i = 0; i < villageIds.length; i += VILLAGES_PER_QUERY) chunks.push(villageIds.slice(i, i + VILLAGES_PER_QUERY));
  const docs = (await Promise.all(chunks.map((chunk) => findAll(store, 'survey_answers', { campaignId, villageId: { $in: chunk } })))).flat();
  const out = new Map<string, SurveyAnswers[]>(villageIds.map((id) => [id, []]));
  for (const d of docs) out.get(d.villageId)?.push(d.answers);
  return out;
}

/** Aggregates of one village: counts per question and rates with their Wilson interval. Never a single answer. */
export function villageResult(c: CampaignDoc, v: VillageDoc, submissions: readonly SurveyAnswers[], rules: RuleConfig): VillageResult {
  const min = rules.survey.minAnswers;
  const tallies = c.questions.map((q) => tallyQuestion(q, submissions));
  const rates = questionRates(c.questions, tallies, min);
  return {
    villageId: v._id,
    villageName: v.name,
    answers: submissions.length,
    target: c.targetPerVillage,
    tooFew: submissions.length < min,
    withheld: false,
    awareness: headlineRate(c.questions, tallies, 'awareness', min),
    satisfaction: headlineRate(c.questions, tallies, 'satisfaction', min),
    questions: c.questions.map((q, i) => {
      const t = tallies[i];
      const labels = q.kind === 'rating' ? RATING_LABELS.map((l, k) => `${k + 1}分 ${l}`) : q.options;
      return {
        id: q.id,
        title: q.title,
        kind: q.kind,
        n: t.n,
        counts: labels.map((label, k) => ({ label, count: t.counts[k] ?? 0 })),
        rate: rates.find((r) => r.questionId === q.id) ?? null,
      };
    }),
  };
}

/**
 * The small-cell rule: with fewer than `minCellAnswers` answers, per-option counts, per-question
 * answer counts (they show the skip path) and rates (1 of 1) would tell who answered what. Only the
 * number of answers is left.
 */
export function withoutBreakdown(r: VillageResult): VillageResult {
  return { ...r, withheld: true, awareness: null, satisfaction: null, questions: [] };
}
