import { FEEDBACK_KIND_LABELS } from '../../../types/reports';
import type { Ctx } from '../context';
import { pushQueued, queueNotice, type MessageDoc } from '../delivery/messages';
import { countyAdmins } from '../delivery/recipients';
import { countyRules } from '../month';
import type { DocDriver, DocTx } from '../store/driver';
import type { RuleConfig } from '../../../src/core';
import type { FeedbackDoc } from './model';

export const FEEDBACK_PAGES = {
  admin: '/packages/supervisor/pages/feedback/index',
  sender: '/packages/feedback/pages/index/index',
} as const;

/** Message bodies stay short: the push clips them anyway, the app shows the whole item. */
const excerpt = (text: string) => (text.length > 30 ? `${text.slice(0, 29)}…` : text);

/** What the notices need, read before the feedback's transaction: the county's rules and admins. */
export async function feedbackNoticeInputs(store: DocDriver, countyId: string): Promise<{ rules: RuleConfig; admins: string[] }> {
  const [rules, admins] = await Promise.all([countyRules(store, countyId), countyAdmins(store, countyId)]);
  return { rules, admins };
}

/**
 * Tells each county admin that an item arrived: one 'feedback-new' message per admin per day (later
 * items of that day are in the same inbox), written in the item's own transaction so the notice
 * and its push are owed the moment the item exists. Anonymous items are announced without any identity.
 */
export async function queueAdminsOfFeedback(tx: DocTx, now: Date, inputs: { rules: RuleConfig; admins: readonly string[] }, doc: FeedbackDoc): Promise<MessageDoc[]> {
  const title = '收到新的投诉建议';
  const body = `${FEEDBACK_KIND_LABELS[doc.kind]}：${excerpt(doc.text)}`;
  const out: MessageDoc[] = [];
  for (const personId of inputs.admins) {
    const m = await queueNotice(tx, now, inputs.rules, { personId, countyId: doc.countyId, kind: 'feedback-new', title, body, page: FEEDBACK_PAGES.admin });
    if (m) out.push(m);
  }
  return out;
}

/**
 * Tells the sender that the county answered, in the answer's transaction. Messages are addressed
 * to a roster person, so only named items sent by a roster person get one; anonymous items (no
 * person is stored with them) and villagers without a roster entry read the answer in their own
 * list (feedback.mine).
 */
export async function queueSenderOfAnswer(tx: DocTx, now: Date, rules: RuleConfig, doc: FeedbackDoc, reply: string, closed: boolean): Promise<MessageDoc[]> {
  if (doc.anonymous || !doc.personId) return [];
  const m = await queueNotice(tx, now, rules, {
    personId: doc.personId,
    countyId: doc.countyId,
    kind: 'feedback-answered',
    title: closed ? '您的投诉建议已办结' : '您的投诉建议有了答复',
    body: excerpt(reply),
    page: FEEDBACK_PAGES.sender,
  });
  return m ? [m] : [];
}

/** After the feedback write committed: the due pushes go now (the scheduler's flush sends the rest); a failed push never undoes the item. */
export async function pushFeedbackNotices(ctx: Ctx, docs: readonly MessageDoc[]): Promise<void> {
  if (docs.length === 0) return;
  try {
    await pushQueued(ctx, docs);
  } catch (e) {
    console.error('feedback notice push failed; the message stays in 消息 and the scheduler retries', e);
  }
}
