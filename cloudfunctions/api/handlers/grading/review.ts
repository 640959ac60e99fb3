import { GRADE_LABELS, type Grade } from '../../../../src/core';
import { gradingReview } from '../../../../types/actions/grades-report';
import { adminCounty } from '../../../common/county-rules';
import { confirmedGrades, periodOver, proposalRows } from '../../../common/grade-proposals';
import { handle } from '../../handler';

/** 等次评定: the admin's county, every cadre's proposal for the month or year with each part's reason, and what was confirmed. */
export default handle(gradingReview, async (ctx, { period }) => {
  const countyId = adminCounty(ctx);
  const rows = await proposalRows(ctx.store, countyId, period, ctx.now);
  const confirmed = await confirmedGrades(ctx.store, countyId, period);
  const order = (g: Grade) => ['incompetent', 'basic', 'competent', 'excellent'].indexOf(g);
  const out = rows
    .map((r) => {
      const c = confirmed.get(r.personId);
      return { ...r, confirmed: c ? { grade: c.grade, label: GRADE_LABELS[c.grade], by: c.by, at: c.at, note: c.note } : null };
    })
    // Worst proposals first: those need the admin's eye.
    .sort((a, b) => order(a.proposed) - order(b.proposed) || a.townshipName.localeCompare(b.townshipName) || a.villageName.localeCompare(b.villageName) || a.personId.localeCompare(b.personId));
  return { period, over: periodOver(period, ctx.now), rows: out, confirmedCount: out.filter((r) => r.confirmed).length };
});
