import { shanghaiDay } from '../../../../src/core';
import { ledgerList } from '../../../../types/actions/ledger';
import { isOverdue, type ProblemDoc } from '../../../common/ledger/docs';
import { visibleFilters } from '../../../common/ledger/scope';
import { rowNames, toRow } from '../../../common/ledger/view';
import { findAll } from '../../../common/store/driver';
import { handle } from '../../handler';

/** 整改台账 (supervisors) and 我的整改 (`mine`): the problems in the caller's scope, worst first. */
export default handle(ledgerList, async (ctx, input) => {
  const today = shanghaiDay(ctx.now);
  const byId = new Map<string, ProblemDoc>();
  for (const f of await visibleFilters(ctx)) {
    const where = input.month ? { ...f, month: input.month } : f;
    for (const d of await findAll(ctx.store, 'problems', where)) byId.set(d._id, d);
  }
  let all = [...byId.values()];
  if (input.mine) all = all.filter((p) => p.responsiblePersonId === ctx.person?._id);
  const counts: Record<string, number> = { all: all.length, open: 0, submitted: 0, returned: 0, closed: 0, overdue: 0 };
  for (const p of all) {
    counts[p.status] += 1;
    if (isOverdue(p, today)) counts.overdue += 1;
  }
  const status = input.status ?? 'all';
  const picked = all.filter((p) => (status === 'all' || p.status === status) && (!input.overdue || isOverdue(p, today)));
  const names = await rowNames(ctx.store, picked);
  const rank = (p: ProblemDoc) => (isOverdue(p, today) ? 0 : p.status === 'submitted' ? 1 : p.status === 'returned' ? 2 : p.status === 'open' ? 3 : 4);
  picked.sort((a, b) => rank(a) - rank(b) || a.dueDay.localeCompare(b.dueDay) || a._id.localeCompare(b._id));
  return { rows: picked.map((p) => toRow(p, names, today)), counts, today };
});
