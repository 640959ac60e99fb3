import { createCampaign } from '../../../../types/actions/survey';
import { addDays, shanghaiDay } from '../../../../src/core/time';
import { surveyQuestionProblems } from '../../../../src/core/survey/flow';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import { callerCounty, requireVillage } from '../../../common/scope';
import { organiserOf, STAFF_ROLES } from '../../../common/survey/access';
import { insertCampaign } from '../../../common/survey/campaigns';
import { newCampaignId, newSalt } from '../../../common/survey/keys';
import type { CampaignDoc } from '../../../common/survey/model';
import { handle } from '../../handler';

const MAX_DAYS = 92;

/** A campaign for villages in the caller's scope, with one crypto-random QR scene per village. */
export default handle(createCampaign, async (ctx, input) =>
  once(ctx, 'survey.createCampaign', input.clientRequestId, async () => {
    const countyId = callerCounty(ctx);
    const today = shanghaiDay(ctx.now);
    if (input.to < input.from) return fail('VALIDATION', '结束日期不能早于开始日期。');
    if (input.to < today) return fail('VALIDATION', '结束日期已经过去了，请重新选择。');
    if (addDays(input.from, MAX_DAYS - 1) < input.to) return fail('VALIDATION', `一次调查最长${MAX_DAYS}天。`);
    const problems = surveyQuestionProblems(input.questions);
    if (problems.length) return fail('VALIDATION', problems[0], problems.map((message) => ({ path: 'questions', message })));
    const villageIds = [...new Set(input.villageIds)];
    const villages = [];
    for (const id of villageIds) villages.push(await requireVillage(ctx, id, STAFF_ROLES));
    if (villages.some((v) => v.countyId !== countyId)) return fail('OUT_OF_SCOPE');

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
    await insertCampaign(ctx.store, campaign, at);
    const { salt: _salt, ...shown } = campaign;
    await audit(ctx, ctx.store, { countyId, entity: 'campaign', entityId: campaign._id, action: 'create', after: shown });
    return { id: campaign._id, villages: villages.length };
  }),
);
