import { dayStart, shanghaiDay } from '../../../../src/core';
import { feedbackSubmit } from '../../../../types/actions/reports';
import { fail } from '../../../common/errors';
import { FEEDBACK_MIN_GAP_S, FEEDBACK_PER_DAY, type FeedbackDoc } from '../../../common/feedback/model';
import { feedbackNoticeInputs, pushFeedbackNotices, queueAdminsOfFeedback } from '../../../common/feedback/notices';
import type { MessageDoc } from '../../../common/delivery/messages';
import { once } from '../../../common/idempotency';
import { loadVillage } from '../../../common/scope';
import { handle } from '../../handler';

/**
 * Anyone may send a complaint or suggestion; rate-limited per WeChat identity even when anonymous.
 * The county admins get an in-app message (one per admin per day).
 */
export default handle(feedbackSubmit, async (ctx, input) => {
  let countyId = ctx.person?.countyId ?? null;
  let townshipId: string | null = null;
  let villageId: string | null = null;
  if (input.villageId) {
    const village = await loadVillage(ctx, input.villageId);
    if (countyId && village.countyId !== countyId) return fail('OUT_OF_SCOPE', '只能对本县的村提出投诉建议。');
    [countyId, townshipId, villageId] = [village.countyId, village.townshipId, village._id];
  }
  if (!countyId) return fail('VALIDATION', '请选择您所在的村，以便县里处理。');
  let notices: MessageDoc[] = [];
  const county = countyId;
  const result = await once(ctx, 'feedback.submit', input.clientRequestId, {
    // Reads first (queries cannot run in a transaction): today's items from this WeChat identity, who gets told.
    read: async () => {
      const since = dayStart(shanghaiDay(ctx.now)).toISOString();
      const today = await ctx.store.find('feedback', { openid: ctx.openid, createdAt: { $gte: since } }, { orderBy: [{ field: 'createdAt', dir: 'desc' }], limit: FEEDBACK_PER_DAY });
      if (today.length >= FEEDBACK_PER_DAY) return fail('RATE_LIMITED', `每天最多提交${FEEDBACK_PER_DAY}条投诉建议，请明天再提交。`);
      const last = today[0]?.createdAt as string | undefined;
      if (last && ctx.now.getTime() - new Date(last).getTime() < FEEDBACK_MIN_GAP_S * 1000) {
        return fail('RATE_LIMITED', '提交太快了，请稍等半分钟再提交。');
      }
      return feedbackNoticeInputs(ctx.store, county);
    },
    // The item and the admins' 消息 commit together with the request's marker.
    write: async (tx, told) => {
      const doc: FeedbackDoc = {
        _id: `fb_${ctx.now.getTime().toString(36)}_${input.clientRequestId.slice(0, 24)}`,
        countyId: county,
        townshipId,
        villageId,
        kind: input.kind,
        text: input.text,
        anonymous: input.anonymous,
        openid: ctx.openid,
        personId: input.anonymous ? null : (ctx.person?._id ?? null),
        personName: input.anonymous ? null : (ctx.person?.name ?? null),
        contact: input.anonymous ? null : input.contact || ctx.person?.phone || null,
        status: 'open',
        createdAt: ctx.now.toISOString(),
        reply: null,
        repliedAt: null,
        repliedBy: null,
        closedAt: null,
      };
      await tx.insert('feedback', doc);
      notices = await queueAdminsOfFeedback(tx, ctx.now, told, doc);
      return { id: doc._id, status: doc.status };
    },
  });
  // After the write has committed, and not on a retry (which answers the first result).
  await pushFeedbackNotices(ctx, notices);
  return result;
});
