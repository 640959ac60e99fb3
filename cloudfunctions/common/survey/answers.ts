import { dayLabel } from '../../../src/core/labels';
import { householdKey } from '../../../src/core/survey/household';
import type { SurveyAnswers } from '../../../src/core/survey/types';
import { fail } from '../errors';
import type { VillageDoc } from '../model';
import { atomically, DuplicateError, findAll, type DocDriver, type DocTx } from '../store/driver';
import { campaignState } from './access';
import type { AnswerDoc, CampaignDoc, SurveyCodeDoc, SurveyKeyDoc } from './model';
import { answerId, householdGuardId, rateId, surveyHash, tallyId } from './keys';

export interface OpenedScene {
  code: SurveyCodeDoc;
  campaign: CampaignDoc;
  village: VillageDoc;
}

/** The campaign a scene belongs to, whatever its state (null for an unknown scene). */
export async function sceneCampaign(store: DocDriver, scene: string): Promise<CampaignDoc | null> {
  const code = await store.get('survey_codes', scene);
  return code ? store.get('campaigns', code.campaignId) : null;
}

/** Resolves a scanned scene; a forged or unknown scene, a closed or not-yet-open campaign get a friendly refusal. */
export async function openScene(store: DocTx, scene: string, now: Date): Promise<OpenedScene> {
  const code = await store.get('survey_codes', scene);
  if (!code) return fail('NOT_FOUND', '这个二维码无效。请扫描村里张贴的问卷二维码。');
  const campaign = await store.get('campaigns', code.campaignId);
  const village = await store.get('villages', code.villageId);
  if (!campaign || !village || !campaign.villageIds.includes(village._id)) {
    return fail('NOT_FOUND', '这个二维码无效。请扫描村里张贴的问卷二维码。');
  }
  const state = campaignState(campaign, now);
  if (state === 'not-started') return fail('SURVEY_CLOSED', `这次调查从${dayLabel(campaign.from)}开始，请到时再来填写。`);
  if (state !== 'running') return fail('SURVEY_CLOSED');
  return { code, campaign, village };
}

/** The Shanghai hour 'YYYY-MM-DDTHH' of the per-village rate counter (no time is kept with an answer). */
export function shanghaiHour(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 13);
}

export interface NewAnswer {
  campaign: CampaignDoc;
  village: VillageDoc;
  /** The caller's WeChat identity; only its salted hash is stored. */
  openid: string;
  answers: SurveyAnswers;
  household?: { head: string; group: string };
  now: Date;
  maxPerVillagePerHour: number;
}

export function voterKeyOf(campaign: CampaignDoc, openid: string): string {
  return surveyHash(campaign.salt, 'voter', openid);
}

export async function hasAnswered(store: DocDriver, campaign: CampaignDoc, openid: string): Promise<boolean> {
  return (await store.get('survey_answers', answerId(campaign._id, voterKeyOf(campaign, openid)))) !== null;
}

/**
 * Stores one answer atomically with its uniqueness guards: the answer's own id (one per WeChat
 * user and campaign) and, when the campaign asks, the household guard. Both are unique document
 * ids, so even two concurrent submissions cannot both land (the second insert fails as a
 * duplicate); the reads first only make the common case fail early with the friendly message.
 */
export async function recordAnswer(store: DocTx, a: NewAnswer): Promise<void> {
  const { campaign, village } = a;
  let householdHash: string | null = null;
  if (campaign.onePerHousehold) {
    if (!a.household) return fail('VALIDATION', '请填写户主姓名和所在的组，每户只填一份。');
    const key = householdKey(a.household.head, a.household.group);
    if (!key.ok) return fail('VALIDATION', key.error);
    householdHash = surveyHash(campaign.salt, 'household', `${village._id}|${key.key}`);
  }
  const voterKey = voterKeyOf(campaign, a.openid);
  const doc: AnswerDoc = { _id: answerId(campaign._id, voterKey), campaignId: campaign._id, villageId: village._id, countyId: campaign.countyId, voterKey, answers: a.answers };
  const guardId = householdHash ? householdGuardId(campaign._id, householdHash) : null;
  const hour = shanghaiHour(a.now);
  const rate: SurveyKeyDoc = { _id: rateId(village._id, hour), kind: 'rate', countyId: campaign.countyId, hour, n: 0 };
  const tally: SurveyKeyDoc = { _id: tallyId(campaign._id, village._id), kind: 'tally', countyId: campaign.countyId, campaignId: campaign._id, villageId: village._id, n: 0 };
  try {
    // Single-document operations only (CloudBase transactions allow nothing else): the answer's
    // own id, the household guard and the village's hourly counter decide, atomically; the
    // campaign's answer count per village moves with them.
    await atomically(store, async (tx) => {
      if ((await tx.get('survey_answers', doc._id)) !== null) throw new DuplicateError('survey_answers', doc._id);
      if (guardId && (await tx.get('survey_keys', guardId)) !== null) throw new DuplicateError('survey_keys', guardId);
      const n = (await tx.get('survey_keys', rate._id))?.n ?? 0;
      if (n >= a.maxPerVillagePerHour) {
        fail('RATE_LIMITED', '这个村这一小时提交的问卷太多了，请过一会儿再提交。您的答案已保存在手机上。');
      }
      const answered = (await tx.get('survey_keys', tally._id))?.n ?? 0;
      await tx.put('survey_keys', { ...rate, n: n + 1 });
      await tx.put('survey_keys', { ...tally, n: answered + 1 });
      await tx.insert('survey_answers', doc);
      if (guardId) await tx.insert('survey_keys', { _id: guardId, campaignId: campaign._id });
    });
  } catch (e) {
    if (e instanceof DuplicateError && e.coll === 'survey_answers') return fail('ALREADY_ANSWERED');
    if (e instanceof DuplicateError && e.coll === 'survey_keys') {
      return fail('ALREADY_ANSWERED', '您家已经有人答过这份问卷了（每户一份），感谢参与。');
    }
    throw e;
  }
}

/** Answers so far per campaign and village (`<campaignId>:<villageId>` → n), from the tallies: one query. */
export async function answerTallies(store: DocDriver, campaignIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (campaignIds.length === 0) return out;
  for (const t of await findAll(store, 'survey_keys', { kind: 'tally', campaignId: { $in: campaignIds } })) {
    out.set(`${String(t.campaignId)}:${String(t.villageId)}`, t.n ?? 0);
  }
  return out;
}
