import { ledgerReview } from '../../../../types/actions/ledger';
import type { ProblemStatus } from '../../../../types/ledger';
import type { MessageDoc } from '../../../common/delivery/messages';
import { fail } from '../../../common/errors';
import type { ProblemDoc } from '../../../common/ledger/docs';
import { noticeTargets, pushProblemNotices, queueProblemNotices } from '../../../common/ledger/notices';
import { isReviewer, requireProblem } from '../../../common/ledger/scope';
import { changeProblem } from '../../../common/ledger/write';
import { handle } from '../../handler';

/**
 * 销号 (close) or 退回 (return, with a reason) of a submitted rectification, by the team's inspector
 * or the township supervisor. 销号 needs the reviewer to have opened this submission's evidence
 * (`ledger.evidence`). Audited; the 责任人 is told. Deciding again what is already decided answers the same.
 */
export default handle(ledgerReview, async (ctx, { problemId, decision, reason }) => {
  const p = await requireProblem(ctx, problemId);
  if (!(await isReviewer(ctx, p))) return fail('FORBIDDEN', '只有督查组成员或乡镇督导可以销号或退回。');
  const target: ProblemStatus = decision === 'close' ? 'closed' : 'returned';
  const last = p.history?.[p.history.length - 1];
  if (p.status === target && last?.by === ctx.person!._id) return { problemId, status: p.status };
  if (p.status !== 'submitted') return fail('CONFLICT', p.status === 'closed' ? '这个问题已销号。' : '还没有提交整改情况，不能销号或退回。');
  let patch: Partial<ProblemDoc>;
  if (decision === 'close') {
    const viewed = (p.evidenceViews ?? []).some((v) => v.personId === ctx.person!._id && v.submissionNo === (p.submissionNo ?? 0));
    if (!viewed) return fail('VALIDATION', '请先查看佐证材料，再销号。');
    patch = { status: 'closed', closedAt: ctx.now.toISOString(), closedBy: ctx.person!._id, returnReason: null };
  } else {
    if (!reason || reason.length < 2) return fail('VALIDATION', '退回请写明理由（至少2个字）。');
    patch = { status: 'returned', returnReason: reason };
  }
  const to = p.responsiblePersonId ?? p.rectification?.submittedBy;
  const targets = await noticeTargets(ctx, p, to ? [to] : []);
  let notices: MessageDoc[] = [];
  const ok = await changeProblem(ctx, p, decision, patch, reason ?? null, async (tx) => {
    notices = await queueProblemNotices(ctx, tx, p, targets, {
      kind: 'ledger-reviewed',
      key: `${p._id}:${p.submissionNo ?? 0}`,
      title: decision === 'close' ? '整改已销号' : '整改被退回',
      body: decision === 'close' ? `问题已销号：${p.text}` : `退回理由：${reason}。问题：${p.text}`,
    });
  });
  if (!ok) return fail('CONFLICT', '这个问题刚被别人处理过，请刷新后再看。');
  await pushProblemNotices(ctx, notices);
  return { problemId, status: target };
});
