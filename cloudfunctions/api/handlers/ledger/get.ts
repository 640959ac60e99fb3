import { shanghaiDay } from '../../../../src/core';
import { ledgerGet } from '../../../../types/actions/ledger';
import { isReviewer, isResponsible, requireProblem } from '../../../common/ledger/scope';
import { rowNames, toRow } from '../../../common/ledger/view';
import { handle } from '../../handler';

/** One problem: the ledger's columns, the rectification, flags (for reviewers), history and what the caller may do. */
export default handle(ledgerGet, async (ctx, { problemId }) => {
  const p = await requireProblem(ctx, problemId);
  const today = shanghaiDay(ctx.now);
  const reviewer = await isReviewer(ctx, p);
  const responsible = isResponsible(ctx, p);
  const names = await rowNames(ctx.store, [p]);
  const cadres = (await ctx.store.find('people', { villageId: p.villageId })).map((c) => ({ personId: c._id, name: c.name }));
  const r = p.rectification ?? null;
  // Copy flags are for those who check the work (supervisors, inspectors, admins), not for the cadres who did it.
  const supervisorEyes = reviewer || !ctx.grants.every((g) => g.scopeLevel === 'village');
  return {
    ...toRow(p, names, today),
    source: p.source,
    responsiblePersonId: p.responsiblePersonId,
    measures: p.measures,
    rectification: r ? { text: r.text, evidenceCount: r.evidenceIds.length, submittedAt: r.submittedAt, submittedByName: r.submittedByName } : null,
    returnReason: p.returnReason ?? null,
    closedAt: p.closedAt ?? null,
    flags: supervisorEyes ? (p.flags ?? []) : [],
    flagCount: supervisorEyes ? (p.flags?.length ?? 0) : 0,
    history: (p.history ?? []).map((h) => ({ at: h.at, byName: h.byName, action: h.action, note: h.note })),
    can: {
      edit: reviewer && p.status !== 'closed',
      submit: responsible && (p.status === 'open' || p.status === 'returned'),
      review: reviewer && p.status === 'submitted',
    },
    evidenceViewed: !!ctx.person && (p.evidenceViews ?? []).some((v) => v.personId === ctx.person!._id && v.submissionNo === (p.submissionNo ?? 0)),
    today,
    cadres,
  };
});
