import { feedbackReply } from '../../../../types/actions/reports';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import { pushFeedbackNotices, queueSenderOfAnswer } from '../../../common/feedback/notices';
import type { MessageDoc } from '../../../common/delivery/messages';
import { countyRules } from '../../../common/month';
import { once } from '../../../common/idempotency';
import { callerCounty } from '../../../common/scope';
import { handle } from '../../handler';

/**
 * The county admin answers an item of their county, optionally closing it (办结); audited. A named
 * sender on the roster gets an in-app message; everyone else reads the answer in feedback.mine.
 */
export default handle(feedbackReply, async (ctx, input) => {
  const countyId = callerCounty(ctx);
  let notices: MessageDoc[] = [];
  const result = await once(ctx, 'feedback.reply', input.clientRequestId, {
    read: () => countyRules(ctx.store, countyId),
    // The answer, its audit and the sender's 消息 commit together with the request's marker.
    write: async (tx, rules) => {
      const doc = await tx.get('feedback', input.id);
      if (!doc) return fail('NOT_FOUND', '没有找到这条投诉建议。');
      if (doc.countyId !== countyId) return fail('OUT_OF_SCOPE');
      if (doc.status === 'closed') return fail('CONFLICT', '这条投诉建议已经办结，不能再答复。');
      const at = ctx.now.toISOString();
      const patch = {
        reply: input.reply,
        repliedAt: at,
        repliedBy: ctx.person!._id,
        status: input.close ? ('closed' as const) : ('replied' as const),
        closedAt: input.close ? at : null,
      };
      await tx.update('feedback', doc._id, patch);
      await audit(ctx, tx, {
        countyId,
        entity: 'feedback',
        entityId: doc._id,
        action: input.close ? 'reply-close' : 'reply',
        before: { status: doc.status, reply: doc.reply },
        after: { status: patch.status, reply: patch.reply },
      });
      notices = await queueSenderOfAnswer(tx, ctx.now, rules, doc, input.reply, input.close === true);
      return { id: doc._id, status: patch.status };
    },
  });
  // After the write has committed, and not on a retry (which answers the first result).
  await pushFeedbackNotices(ctx, notices);
  return result;
});
