import { closeCampaign } from '../../../../types/actions/survey';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import { canCloseCampaign, loadCampaign, loadVillages } from '../../../common/survey/access';
import { handle } from '../../handler';

/** Ends a campaign early: its codes then answer 'this survey has ended'. Audited. */
export default handle(closeCampaign, async (ctx, input) =>
  once(ctx, 'survey.closeCampaign', input.clientRequestId, {
    read: async () => {
      const c = await loadCampaign(ctx, input.campaignId);
      if (!canCloseCampaign(ctx, c, await loadVillages(ctx, c.villageIds))) return fail('OUT_OF_SCOPE', '只有发起人、所辖乡镇督导或县级管理员可以结束这次调查。');
    },
    write: async (tx) => {
      const c = await tx.get('campaigns', input.campaignId);
      if (!c) return fail('NOT_FOUND', '没有找到这次调查。');
      if (c.status === 'closed') return fail('CONFLICT', '这次调查已经结束了。');
      const closedAt = ctx.now.toISOString();
      await tx.update('campaigns', c._id, { status: 'closed', closedAt, closedBy: ctx.person!._id });
      await audit(ctx, tx, { countyId: c.countyId, entity: 'campaign', entityId: c._id, action: 'close', before: { status: c.status }, after: { status: 'closed' } });
      return { id: c._id, status: 'closed' as const, closedAt };
    },
  }),
);
