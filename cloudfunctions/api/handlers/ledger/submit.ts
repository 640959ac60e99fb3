import { ledgerSubmit } from '../../../../types/actions/ledger';
import type { MessageDoc } from '../../../common/delivery/messages';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import type { EvidenceDoc, ProblemDoc } from '../../../common/ledger/docs';
import { rectificationFlags } from '../../../common/ledger/flags';
import { pushProblemNotices, queueProblemNotices, reviewersOf } from '../../../common/ledger/notices';
import { isResponsible, requireProblem } from '../../../common/ledger/scope';
import { changeProblem } from '../../../common/ledger/write';
import { handle } from '../../handler';

/**
 * 整改完成情况 with its 佐证材料, by the 责任人: the problem waits for 销号, and its reviewers are told.
 * Copying is flagged (on this problem and on the one copied), never refused.
 */
export default handle(ledgerSubmit, async (ctx, { problemId, text, evidenceIds, clientRequestId }) => {
  const p = await requireProblem(ctx, problemId);
  if (!isResponsible(ctx, p)) return fail('FORBIDDEN', '只有这个问题的责任人可以提交整改情况。');
  let notices: MessageDoc[] = [];
  const result = await once(ctx, 'ledger.submit', clientRequestId, async () => {
    if (p.status !== 'open' && p.status !== 'returned') return fail('CONFLICT', p.status === 'closed' ? '这个问题已销号。' : '整改情况已提交，等待销号。');
    const unique = [...new Set(evidenceIds)];
    const evidence = (await ctx.store.find('evidence', { _id: { $in: unique } })) as unknown as EvidenceDoc[];
    if (evidence.length !== unique.length || evidence.some((e) => e.problemId !== p._id)) return fail('VALIDATION', '佐证材料不属于这个问题，请重新上传。');
    const { flags, others } = await rectificationFlags(ctx.store, p, text, evidence);
    const submissionNo = (p.submissionNo ?? 0) + 1;
    const patch: Partial<ProblemDoc> = {
      status: 'submitted',
      submissionNo,
      rectification: { text, evidenceIds: unique, submittedAt: ctx.now.toISOString(), submittedBy: ctx.person!._id, submittedByName: ctx.person!.name },
      flags,
    };
    const ok = await changeProblem(ctx, p, 'submit', patch, flags.length ? `${flags.length}条雷同提示` : null, async (tx) => {
      for (const [otherId, flag] of others) {
        const other = (await tx.get('problems', otherId)) as unknown as ProblemDoc | null;
        if (other && !(other.flags ?? []).some((f) => f.kind === flag.kind && f.otherProblemId === flag.otherProblemId)) {
          await tx.update('problems', otherId, { flags: [...(other.flags ?? []), flag] });
        }
      }
      notices = await queueProblemNotices(ctx, tx, p, await reviewersOf(tx, p), {
        kind: 'ledger-submitted',
        key: `${p._id}:${submissionNo}`,
        title: '整改待销号',
        body: `${ctx.person!.name}提交了整改完成情况：${p.text}`,
      });
    });
    if (!ok) return fail('CONFLICT', '这个问题刚被别人处理过，请刷新后再看。');
    return { problemId, status: 'submitted' as const, flagCount: flags.length };
  });
  await pushProblemNotices(ctx, notices);
  return result;
});
