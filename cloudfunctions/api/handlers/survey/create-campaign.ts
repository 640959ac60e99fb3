import { createCampaign } from '../../../../types/actions/survey';
import { addDays, shanghaiDay } from '../../../../src/core/time';
import { surveyQuestionProblems } from '../../../../src/core/survey/flow';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import type { Ctx } from '../../../common/context';
import type { VillageDoc } from '../../../common/model';
import { callerCounty, canSeeVillage, requireVillage } from '../../../common/scope';
import { organiserOf, STAFF_ROLES } from '../../../common/survey/access';
import { insertCampaign } from '../../../common/survey/campaigns';
import { newCampaignId, newSalt } from '../../../common/survey/keys';
import type { CampaignDoc } from '../../../common/survey/model';
import { handle } from '../../handler';

const MAX_DAYS = 92;

/** A campaign for villages in the caller's scope, with one crypto-random QR scene per village. */
export default handle(createCampaign, async (ctx, input) => {
  const countyId = callerCounty(ctx);
  // The villages are read and checked before the write (queries do not run inside its transaction).
  const villageIds = [...new Set(input.villageIds)];
  const villages = await campaignVillages(ctx, countyId, villageIds);
  return once(ctx, 'survey.createCampaign', input.clientRequestId, async (tx) => {
    const today = shanghaiDay(ctx.now);
    if (input.to < input.from) return fail('VALIDATION', '结束日期不能早于开始日期。');
    if (input.to < today) return fail('VALIDATION', '结束日期已经过去了，请重新选择。');
    if (addDays(input.from, MAX_DAYS - 1) < input.to) return fail('VALIDATION', `一次调查最长${MAX_DAYS}天。`);
    const problems = surveyQuestionProblems(input.questions);
    if (problems.length) return fail('VALIDATION', problems[0], problems.map((message) => ({ path: 'questions', message })));

    const at = ctx.now.toISOString();
    const campaign: CampaignDoc = {
      _id: newCampaignId(),
      countyId,
      title: input.title,
      templateId: input.templateId,
      questions: input.questions,
      villageIds,
      from: input.from,
      to: input.to,
      targetPerVillage: input.targetPerVillage,
      onePerHousehold: input.onePerHousehold,
      status: 'open',
      organiser: organiserOf(ctx, villages),
      createdBy: ctx.person!._id,
      createdByName: ctx.person!.name,
      createdAt: at,
      closedAt: null,
      closedBy: null,
      salt: newSalt(),
    };
    await insertCampaign(tx, campaign, at);
    const { salt: _salt, ...shown } = campaign;
    await audit(ctx, tx, { countyId, entity: 'campaign', entityId: campaign._id, action: 'create', after: shown });
    return { id: campaign._id, villages: villages.length };
  });
});

/** Villages read per query when checking a campaign's villages. */
const VILLAGES_PER_QUERY = 500;

/**
 * The campaign's villages, read in a few queries (never one per village) and each checked against
 * the caller's scope: a village of another county or out of scope refuses the campaign; one
 * that does not exist is NOT_FOUND. A village the grants alone do not cover gets the full check.
 */
async function campaignVillages(ctx: Ctx, countyId: string, villageIds: string[]): Promise<VillageDoc[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < villageIds.length; i += VILLAGES_PER_QUERY) chunks.push(villageIds.slice(i, i + VILLAGES_PER_QUERY));
  const found = (await Promise.all(chunks.map((chunk) => ctx.store.find('villages', { countyId, _id: { $in: chunk } }, { limit: chunk.length })))).flat();
  const byId = new Map(found.map((v) => [v._id, v]));
  const out: VillageDoc[] = [];
  for (const id of villageIds) {
    const v = byId.get(id);
    // Not in the caller's county (or nowhere): the same answer as one village at a time gave.
    if (!v) {
      const other = await requireVillage(ctx, id, STAFF_ROLES);
      if (other.countyId !== countyId) return fail('OUT_OF_SCOPE');
      out.push(other);
    } else out.push(canSeeVillage(ctx, v, STAFF_ROLES) ? v : await requireVillage(ctx, id, STAFF_ROLES));
  }
  return out;
}
