import { dayLabel, LEAVE_TYPE_LABELS, type RuleConfig } from '../../../src/core';
import type { Ctx } from '../context';
import { messageId, pushQueued, queueNotice, type MessageDoc } from '../delivery/messages';
import { countyAdmins, townshipSupervisors } from '../delivery/recipients';
import type { DocDriver, DocTx } from '../store/driver';
import type { LeaveDoc } from './doc';

export const LEAVE_PAGES = {
  approvals: '/packages/supervisor/pages/approvals/index',
  mine: '/packages/leave/pages/index/index',
} as const;

const span = (l: Pick<LeaveDoc, 'from' | 'to'>) => (l.from === l.to ? dayLabel(l.from) : `${dayLabel(l.from)}至${dayLabel(l.to)}`);

/** Who decides the leave: the township's supervisors for short leave, the county admins for long leave. */
export async function leaveApprovers(store: DocDriver, leave: Pick<LeaveDoc, 'approverLevel' | 'countyId' | 'townshipId'>): Promise<string[]> {
  return leave.approverLevel === 'county' ? countyAdmins(store, leave.countyId) : townshipSupervisors(store, leave.countyId, leave.townshipId);
}

/**
 * A new leave request in each approver's 消息 (`approvers`: leaveApprovers, read before the
 * transaction), written with the leave (same transaction) so a retry never adds one; keyed by the
 * leave, so two leaves on one day both arrive.
 */
export async function queueLeaveRequest(store: DocTx, now: Date, rules: RuleConfig, leave: LeaveDoc, approvers: readonly string[]): Promise<MessageDoc[]> {
  const out: MessageDoc[] = [];
  for (const personId of approvers) {
    const doc = await queueNotice(store, now, rules, {
      personId,
      countyId: leave.countyId,
      kind: 'leave-request',
      key: leave._id,
      title: '有新的请假待审批',
      body: `${leave.villageName}${leave.personName}请${LEAVE_TYPE_LABELS[leave.type]}${leave.days}天（${span(leave)}）`,
      page: LEAVE_PAGES.approvals,
    });
    if (doc) out.push(doc);
  }
  return out;
}

/**
 * A withdrawn request leaves no approver with something to do: each approver's notice of it is
 * marked read, its push (if still waiting) is dropped, and it says 已撤回. Written with the cancel
 * (the approvers are read before the transaction, which takes document operations only).
 */
export async function withdrawLeaveRequest(tx: Pick<DocDriver, 'get' | 'update'>, now: Date, leave: LeaveDoc, approvers: readonly string[]): Promise<void> {
  for (const personId of approvers) {
    const id = messageId(personId, 'leave-request', leave._id);
    const m = await tx.get('messages', id);
    if (!m) continue;
    await tx.update('messages', id, {
      title: '请假已撤回',
      body: `${m.body.replace(/（已撤回，无需审批）$/, '')}（已撤回，无需审批）`,
      readAt: m.readAt ?? now.toISOString(),
      ...(m.pushStatus === 'waiting' ? { pushStatus: 'not-needed' } : {}),
    });
  }
}

/** The decision in the cadre's 消息 (批准, or 不批准 with the reason), written with the decision. */
export async function queueLeaveDecision(store: DocTx, now: Date, rules: RuleConfig, leave: LeaveDoc): Promise<MessageDoc[]> {
  const what = `${LEAVE_TYPE_LABELS[leave.type]}（${span(leave)}）`;
  const approved = leave.status === 'approved';
  const doc = await queueNotice(store, now, rules, {
    personId: leave.personId,
    countyId: leave.countyId,
    kind: 'leave-decision',
    key: leave._id,
    title: approved ? '请假已批准' : '请假未批准',
    body: approved
      ? `您的${what}已批准。${leave.decisionNote ? `审批意见：${leave.decisionNote}` : ''}`
      : `您的${what}不批准。理由：${leave.decisionNote ?? '未填写'}`,
    page: LEAVE_PAGES.mine,
  });
  return doc ? [doc] : [];
}

/** After the leave write committed: the pushes that are due go now (the scheduler sends the rest); a failed push never undoes the leave. */
export async function pushLeaveNotices(ctx: Ctx, docs: readonly MessageDoc[]): Promise<void> {
  if (docs.length === 0) return;
  try {
    await pushQueued(ctx, docs);
  } catch (e) {
    console.error('leave notice push failed; the message stays in 消息', e);
  }
}
