import { monthBounds, type GradeInput, type RuleConfig } from '../../src/core';
import type { VillageDoc } from './model';
import { personGrants } from './org';
import type { DocDriver } from './store/driver';
import { inspectionScore, monthLastDay, overdueRectifications } from './inspection-score';
import { countyCampaigns } from './survey/campaigns';
import type { CampaignDoc } from './survey/model';
import { villageAnswers, villageResult } from './survey/results';

/** What grading takes beyond the month's compliance; null means 'not available'. */
export type GradingExtras = Pick<GradeInput, 'inspectionScore' | 'survey' | 'overdueRectifications'>;

export interface GradingQuery {
  village: VillageDoc;
  month: string;
  rules: RuleConfig;
}

/**
 * The seam through which grading reads inspection and survey results. Each source answers null
 * while it has nothing for that village and month; gradeCadre then leaves the component out,
 * re-normalises the weights over the rest, and says so in the explanation.
 *
 * - inspectionScore: the cadre's score 0–100 from the village's signed inspection records of the
 *   month (督查纪实表, 002 annex 2): see `inspectionScore` in inspection-score.ts.
 * - survey: the village's awareness (知晓率) and satisfaction (满意度) rates, shares 0..1, from the
 *   villagers' survey campaign of that month (see `monthSurvey`).
 */
export interface GradingInputSources {
  inspectionScore(store: DocDriver, q: GradingQuery & { personId: string }): Promise<number | null>;
  survey(store: DocDriver, q: GradingQuery): Promise<{ awarenessRate: number | null; satisfactionRate: number | null } | null>;
}

/**
 * The village's survey rates for a month: the county's campaign that covers the village and whose
 * period overlaps the month (the one ending last when several do). A rate with fewer answers than
 * the county's minimum (群众评价 · 最少有效样本) counts as not available, never as a low score.
 */
export async function monthSurvey(store: DocDriver, { village, month, rules }: GradingQuery): Promise<{ awarenessRate: number | null; satisfactionRate: number | null } | null> {
  const campaign = await monthCampaign(store, village, month);
  if (!campaign) return null;
  const result = villageResult(campaign, village, await villageAnswers(store, campaign._id, village._id), rules);
  const usable = (r: typeof result.awareness) => (r && !r.tooFew ? r.rate : null);
  const rates = { awarenessRate: usable(result.awareness), satisfactionRate: usable(result.satisfaction) };
  return rates.awarenessRate === null && rates.satisfactionRate === null ? null : rates;
}

/** The county's campaign that covers the village and overlaps the month (the one ending last), or null. */
export async function monthCampaign(store: DocDriver, village: VillageDoc, month: string): Promise<CampaignDoc | null> {
  const { first, last } = monthBounds(month);
  const campaigns = await countyCampaigns(store, village.countyId);
  return (
    campaigns
      .filter((c) => c.villageIds.includes(village._id) && c.from <= last && c.to >= first)
      .sort((a, b) => (a.to === b.to ? a.createdAt.localeCompare(b.createdAt) : a.to.localeCompare(b.to)))
      .pop() ?? null
  );
}

/** The cadre's inspection score: team items for every cadre, team and first-secretary items for the first secretary. */
export async function monthInspectionScore(store: DocDriver, q: GradingQuery & { personId: string }): Promise<number | null> {
  const grants = await personGrants(store, q.personId);
  const isFirstSecretary = grants.some((g) => g.role === 'first_secretary' && g.scopeId === q.village._id);
  return (await inspectionScore(store, q.village._id, q.month, isFirstSecretary))?.score ?? null;
}

export const gradingInputSources: GradingInputSources = {
  inspectionScore: monthInspectionScore,
  survey: monthSurvey,
};

/** The extras of each cadre of a village for a month (the village's survey is read once). */
export async function villageGradingExtras(
  store: DocDriver,
  q: GradingQuery,
  personIds: string[],
  sources: GradingInputSources = gradingInputSources,
): Promise<Map<string, GradingExtras>> {
  const survey = await sources.survey(store, q);
  const overdue = await overdueRectifications(store, q.village._id, monthLastDay(q.month));
  const scores = await Promise.all(personIds.map((personId) => sources.inspectionScore(store, { ...q, personId })));
  return new Map(personIds.map((id, i) => [id, { inspectionScore: scores[i], survey, overdueRectifications: overdue }]));
}
