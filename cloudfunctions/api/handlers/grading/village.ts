import { gradeCadre, gradeInputFromCompliance, shanghaiDay, villageMonthCompliance } from '../../../../src/core';
import { gradingVillage } from '../../../../types/actions/grading';
import { villageGradingExtras } from '../../../common/grading-inputs';
import { cadreMonthRecords, monthContext } from '../../../common/month';
import { requireVillage } from '../../../common/scope';
import { handle } from '../../handler';

export default handle(gradingVillage, async (ctx, { villageId, month }) => {
  const village = await requireVillage(ctx, villageId, ['county_admin', 'township_supervisor', 'inspector']);
  const mctx = await monthContext(ctx.store, village.countyId, month, shanghaiDay(ctx.now), ctx.now);
  const records = await cadreMonthRecords(ctx.store, village.countyId, [village._id], month);
  const result = villageMonthCompliance({ villageId, members: records.map((r) => r.record) }, mctx);
  const confirmed = await ctx.store.find('grades', { villageId, month });
  // Inspection score and survey rates when they exist; 'not available' re-normalises the weights.
  const extras = await villageGradingExtras(ctx.store, { village, month, rules: mctx.config }, result.persons.map((p) => p.personId));
  return result.persons.map((p) => {
    const g = gradeCadre(gradeInputFromCompliance(p, result.coverage, extras.get(p.personId)), mctx.config);
    const c = confirmed.find((d) => d.personId === p.personId);
    return {
      personId: p.personId,
      name: p.name,
      proposed: g.grade,
      label: g.label,
      score: g.score,
      explanation: g.explanation,
      confirmed: c ? { grade: c.grade, by: c.by, at: c.at, note: c.note } : null,
    };
  });
});
