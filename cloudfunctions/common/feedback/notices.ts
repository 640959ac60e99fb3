import { FEEDBACK_KIND_LABELS } from '../../../types/reports';
import type { Ctx } from '../context';
import { notify } from '../delivery/messages';
import { countyAdmins } from '../delivery/recipients';
import { countyRules } from '../month';
import type { FeedbackDoc } from './model';

export const FEEDBACK_PAGES = {
  admin: '/packages/supervisor/pages/feedback/index',
  sender: '/packages/feedback/pages/index/index',
} as const;

/** Message bodies stay short: the push clips them anyway, the app shows the whole item. */
const excerpt = (text: string) => (text.length > 30 ? `${text.slice(0, 29)}…` : text);

/**
 * Tells each county admin that an item arrived: one 'feedback-new' message per admin per day (later
 * items of that day are in the same inbox). Anonymous items are announced without any identity.
 */
export async function tellAdminsOfFeedback(ctx: Ctx, doc: FeedbackDoc): Promise<number> {
  const rules = await countyRules(ctx.store, doc.countyId);
  const title = '收到新的投诉建议';
  const body = `${FEEDBACK_KIND_LABELS[doc.kind]}：${excerpt(doc.text)}`;
  let sent = 0;
  for (const personId of await countyAdmins(ctx.store, doc.countyId)) {
    const s = await notify(ctx, rules, { personId, countyId: doc.countyId, kind: 'feedback-new', title, body, page: FEEDBACK_PAGES.admin });
    if (s !== 'duplicate') sent += 1;
  }
  return sent;
}

/**
 * Tells the sender that the county answered. Messages are addressed to a roster person, so only
 * named items sent by a roster person get one; anonymous items (no person is stored with them)
 * and villagers without a roster entry read the answer in their own list (feedback.mine).
 */
export async function tellSenderOfAnswer(ctx: Ctx, doc: FeedbackDoc, reply: string, closed: boolean): Promise<boolean> {
  if (doc.anonymous || !doc.personId) return false;
  const rules = await countyRules(ctx.store, doc.countyId);
  const s = await notify(ctx, rules, {
    personId: doc.personId,
    countyId: doc.countyId,
    kind: 'feedback-answered',
    title: closed ? '您的投诉建议已办结' : '您的投诉建议有了答复',
    body: excerpt(reply),
    page: FEEDBACK_PAGES.sender,
  });
  return s !== 'duplicate';
}

/** A notice that cannot be sent never undoes the feedback write it follows. */
export async function noticeSafely(what: string, send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (e) {
    console.error(`feedback notice failed (${what}); the item stands`, e);
  }
}
