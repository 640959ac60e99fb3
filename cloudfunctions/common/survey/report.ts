import { isSurveyAnswered } from '../../../src/core/survey/flow';
import type { SurveyAnswers } from '../../../src/core/survey/types';
import type { Ctx } from '../context';
import { fail } from '../errors';
import type { VillageDoc } from '../model';
import { countyRules } from '../month';
import { canSeeVillage } from '../scope';
import { campaignState, loadCampaign, STAFF_ROLES, visibleVillages } from './access';
import type { CampaignDoc } from './model';
import { campaignAnswers, villageResult, withoutBreakdown, type VillageResult } from './results';

export interface CampaignReport {
  campaign: CampaignDoc;
  state: string;
  awarenessMin: number;
  minAnswers: number;
  minCellAnswers: number;
  villages: VillageResult[];
  /** Written answers of the villages the caller supervises (never for a village's own cadres). */
  texts: { village: string; question: string; text: string }[];
}

/**
 * Results of the campaign's villages in the caller's scope (one village when asked). A village with
 * fewer than survey.minCellAnswers answers shows only its answer count to those who do not
 * supervise it (its cadres); written answers go to its supervisors only.
 */
export async function campaignReport(ctx: Ctx, campaignId: string, villageId?: string): Promise<CampaignReport> {
  const campaign = await loadCampaign(ctx, campaignId);
  let villages: VillageDoc[] = await visibleVillages(ctx, campaign);
  if (villageId) {
    if (!campaign.villageIds.includes(villageId)) return fail('NOT_FOUND', '这次调查不包括这个村。');
    villages = villages.filter((v) => v._id === villageId);
  }
  if (villages.length === 0) return fail('OUT_OF_SCOPE');
  const rules = await countyRules(ctx.store, campaign.countyId);
  const out: VillageResult[] = [];
  const texts: CampaignReport['texts'] = [];
  const textQuestions = campaign.questions.filter((q) => q.kind === 'text');
  const answers = await campaignAnswers(ctx.store, campaign._id, villages.map((v) => v._id));
  for (const v of villages) {
    const subs: SurveyAnswers[] = answers.get(v._id) ?? [];
    const result = villageResult(campaign, v, subs, rules);
    const staff = canSeeVillage(ctx, v, STAFF_ROLES);
    // Those who do not supervise the village (its own cadres) see no breakdown of a small cell.
    out.push(!staff && subs.length < rules.survey.minCellAnswers ? withoutBreakdown(result) : result);
    if (!staff) continue;
    for (const q of textQuestions) {
      const list = subs.map((s) => s[q.id]).filter((x): x is string => typeof x === 'string' && isSurveyAnswered(x));
      for (const text of list.map((x) => x.trim()).sort()) texts.push({ village: v.name, question: q.title, text });
    }
  }
  return {
    campaign,
    state: campaignState(campaign, ctx.now),
    awarenessMin: rules.survey.awarenessMin,
    minAnswers: rules.survey.minAnswers,
    minCellAnswers: rules.survey.minCellAnswers,
    villages: out,
    texts,
  };
}
