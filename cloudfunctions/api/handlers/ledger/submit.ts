import { ledgerSubmit } from '../../../../types/actions/ledger';
import type { MessageDoc } from '../../../common/delivery/messages';
import { fail } from '../../../common/errors';
import type { ProblemDoc } from '../../../common/ledger/docs';
import { rectificationFlags } from '../../../common/ledger/flags';
import { noticeTargets, pushProblemNotices, queueProblemNotices } from '../../../common/ledger/notices';
import { isResponsible, requireProblem } from '../../../common/ledger/scope';
import { changeProblem } from '../../../common/ledger/write';
import { getMany } from '../../../common/store/driver';
import { handle } from '../../handler';

/**
 * 整改完成情况 with its 佐证材料, by the 责任人: the problem waits for 销号, and its reviewers are told.
 * Copying is flagged (on this problem and on the one copied), never refused.
 */
export default handle(ledgerSubmit, async (ctx, { problemId, text, evidenceIds, clientRequestId }) => {
  const p = await requireProblem(ctx, problemId);
  if (!isResponsible(ctx, p)) return fail('FORBIDDEN', '只有这个问题的责任人可以提交整改情况。');
  // A retry of the submission that landed answers it again; anything else is refused.
  if (p.rectification?.requestId === clientRequestId && p.rectification.submittedBy === ctx.person!._id) {
    return { problemId, status: p.status, flagCount: p.flags?.length ?? 0 };
  }
  if (p.status !== 'open' && p.status !== 'returned') return fail('CONFLICT', p.status === 'closed' ? '这个问题已销号。' : '整改情况已提交，等待销号。');
  const unique = [...new Set(evidenceIds)];
  const evidence = await getMany(ctx.store, 'evidence', unique);
  if (evidence.length !== unique.length || evidence.some((e) => e.problemId !== p._id)) return fail('VALIDATION', '佐证材料不属于这个问题，请重新上传。');
  const { flags, others } = await rectificationFlags(ctx.store, p, text, evidence);
  const targets = await noticeTargets(ctx, p, 'reviewers');
  let notices: MessageDoc[] = [];
  {
    const submissionNo = (p.submissionNo ?? 0) + 1;
    const patch: Partial<ProblemDoc> = {
      status: 'submitted',
      submissionNo,
      rectification: { text, evidenceIds: unique, submittedAt: ctx.now.toISOString(), submittedBy: ctx.person!._id, submittedByName: ctx.person!.name, requestId: clientRequestId },
      flags,
    };
    const ok = await changeProblem(ctx, p, 'submit', patch, flags.length ? `${flags.length}条雷同提示` : null, async (tx) => {
      for (const [otherId, add] of others) {
        const other = await tx.get('problems', otherId);
        const fresh = add.filter((flag) => !(other?.flags ?? []).some((f) => f.kind === flag.kind && f.otherProblemId === flag.otherProblemId));
        if (other && fresh.length) await tx.update('problems', otherId, { flags: [...(other.flags ?? []), ...fresh] });
      }
      notices = await queueProblemNotices(ctx, tx, p, targets, {
        kind: 'ledger-submitted',
        key: `${p._id}:${submissionNo}`,
        title: '整改待销号',
        body: `${ctx.person!.name}提交了整改完成情况：${p.text}`,
      });
    });
    if (!ok) return fail('CONFLICT', '这个问题刚被别人处理过，请刷新后再看。');
    await pushProblemNotices(ctx, notices);
    return { problemId, status: 'submitted' as const, flagCount: flags.length };
  }
});
