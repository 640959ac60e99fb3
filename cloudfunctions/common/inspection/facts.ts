import { shanghaiDay } from '../../../src/core';
import type { InspectionEvidence } from '../../../src/core/inspection/template';
import { ROLE_LABELS, type Role } from '../../../types';
import type { InspectionFacts } from '../../../types/inspection';
import { computeMonthCompliance } from '../compliance-month';
import { AppError } from '../errors';
import { monthCampaign } from '../grading-inputs';
import type { VillageDoc } from '../model';
import { countyRules } from '../month';
import type { DocDriver } from '../store/driver';
import { villageAnswers, villageResult } from '../survey/results';

/**
 * What the system knows of a village's month, for the inspector to confirm or correct: each cadre's
 * days in the village against the 2/3 rule, leave and diaries, the team's coverage (compliance-month,
 * the same figures 各村 shows), and the village's survey (满意率, 走访人数). Nothing is recomputed here.
 */
export async function gatherFacts(store: DocDriver, village: VillageDoc, townshipName: string, month: string, now: Date): Promise<InspectionFacts> {
  const base = { month, asOf: shanghaiDay(now), computedAt: now.toISOString() };
  const survey = await surveyFact(store, village, month);
  try {
    const c = await computeMonthCompliance(
      store,
      { countyId: village.countyId, scope: { level: 'village', id: village._id, name: village.name }, villages: [village], townshipNames: new Map([[village.townshipId, townshipName]]) },
      month,
      now,
    );
    const v = c.villages[0];
    return {
      ...base,
      asOf: c.asOf,
      calendarPending: false,
      workingDays: c.workingDays,
      cadres: (v?.persons ?? []).map((p) => {
        const presence = p.rules.find((r) => r.rule === 'presence');
        return {
          personId: p.personId,
          name: p.name,
          role: p.role,
          roleLabel: ROLE_LABELS[p.role as Role] ?? p.role,
          workingDays: p.workingDays,
          requiredDays: p.requiredDays,
          presentDays: p.presentDays,
          creditedDays: p.creditedDays ?? [],
          leaveDays: p.leaveDays,
          unexcusedAbsences: p.unexcusedAbsences,
          diary: p.diary,
          presenceStatus: presence?.status ?? 'not-applicable',
          presenceReason: presence?.reason ?? '',
        };
      }),
      coverage: v
        ? { judgedDays: v.coverage.judgedDays, coveredDays: v.coverage.coveredDays, gapDays: v.coverage.gapDays, status: v.coverage.result.status, reason: v.coverage.result.reason }
        : null,
      survey,
    };
  } catch (e) {
    if (e instanceof AppError && e.code === 'CALENDAR_UNKNOWN') {
      return { ...base, calendarPending: true, workingDays: null, cadres: [], coverage: null, survey };
    }
    throw e;
  }
}

/**
 * The village's survey of the month: 走访人数 = its answers; 满意率 = the headline satisfaction rate;
 * 不满意率 = the share choosing an option read as 不满意 in the headline satisfaction question.
 * Under the county's small-cell threshold only the count is given (as for every reader of results).
 */
async function surveyFact(store: DocDriver, village: VillageDoc, month: string): Promise<InspectionFacts['survey']> {
  const campaign = await monthCampaign(store, village, month);
  if (!campaign) return null;
  const rules = await countyRules(store, village.countyId);
  const r = villageResult(campaign, village, await villageAnswers(store, campaign._id, village._id), rules);
  const withheld = r.answers < rules.survey.minCellAnswers;
  const head = r.satisfaction ? r.questions.find((q) => q.id === r.satisfaction!.questionId) : undefined;
  const unhappy = head ? head.counts.filter((c) => c.label.includes('不满意')).reduce((s, c) => s + c.count, 0) : 0;
  return {
    campaignId: campaign._id,
    title: campaign.title,
    from: campaign.from,
    to: campaign.to,
    visited: r.answers,
    satisfiedRate: withheld || !r.satisfaction || r.satisfaction.n === 0 ? null : r.satisfaction.rate,
    dissatisfiedRate: withheld || !head || head.n === 0 ? null : unhappy / head.n,
    withheld,
  };
}

/** The answer the facts propose for an item backed by one (the inspector decides). */
export function suggestedAnswer(facts: InspectionFacts, evidence: InspectionEvidence | undefined | null): 'yes' | 'no' | null {
  if (!evidence || facts.calendarPending) return null;
  if (evidence === 'coverage') return !facts.coverage || facts.coverage.status === 'not-applicable' ? null : facts.coverage.status === 'fail' ? 'no' : 'yes';
  const fs = facts.cadres.filter((c) => c.role === 'first_secretary' && c.presenceStatus !== 'not-applicable');
  if (fs.length === 0) return null;
  return fs.some((c) => c.presenceStatus === 'fail') ? 'no' : 'yes';
}

/** Percent with one decimal for people (0.8333 → 83.3). */
export const percent = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);
