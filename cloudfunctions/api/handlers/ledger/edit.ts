import { shanghaiDay } from '../../../../src/core';
import { ledgerEdit } from '../../../../types/actions/ledger';
import { fail } from '../../../common/errors';
import type { ProblemDoc } from '../../../common/ledger/docs';
import { isReviewer, requireProblem } from '../../../common/ledger/scope';
import { changeProblem } from '../../../common/ledger/write';
import { handle } from '../../handler';

/** 责任人, 整改措施, 时限: set by the team's inspector or the township supervisor while the problem is not closed (audited). */
export default handle(ledgerEdit, async (ctx, { problemId, responsiblePersonId, measures, dueDay }) => {
  const p = await requireProblem(ctx, problemId);
  if (!(await isReviewer(ctx, p))) return fail('FORBIDDEN', '只有督查组成员或乡镇督导可以修改责任人、措施和时限。');
  if (p.status === 'closed') return fail('CONFLICT', '这个问题已销号，不能再修改。');
  const patch: Partial<ProblemDoc> = {};
  if (responsiblePersonId !== undefined && responsiblePersonId !== p.responsiblePersonId) {
    if (responsiblePersonId !== null) {
      const person = await ctx.store.get('people', responsiblePersonId);
      if (!person || person.villageId !== p.villageId) return fail('VALIDATION', '责任人应是本村的驻村干部。');
    }
    patch.responsiblePersonId = responsiblePersonId;
  }
  if (measures !== undefined && measures !== p.measures) patch.measures = measures;
  if (dueDay !== undefined && dueDay !== p.dueDay) {
    if (dueDay < shanghaiDay(ctx.now)) return fail('VALIDATION', '时限不能早于今天。');
    patch.dueDay = dueDay;
  }
  if (Object.keys(patch).length === 0) return { problemId };
  const note = [
    patch.responsiblePersonId !== undefined ? '改责任人' : '',
    patch.measures !== undefined ? '改整改措施' : '',
    patch.dueDay !== undefined ? `时限改为${patch.dueDay}` : '',
  ].filter(Boolean).join('，');
  if (!(await changeProblem(ctx, p, 'edit', patch, note))) return fail('CONFLICT', '这个问题刚被别人处理过，请刷新后再看。');
  return { problemId };
});
