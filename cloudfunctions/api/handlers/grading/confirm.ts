import { GRADE_LABELS } from '../../../../src/core';
import { confirmGrade } from '../../../../types/actions/grading';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import { periodOver, proposalRows } from '../../../common/grade-proposals';
import { recallChange, pushRecallNotices } from '../../../common/recalls';
import { requirePerson } from '../../../common/scope';
import { handle } from '../../handler';

/**
 * Confirms a cadre's grade for a month or a year (audited). A grade other than the proposal needs
 * a reason; 不称职 opens a recall task for the sending unit's contact, and a change away from
 * 不称职 cancels the open one.
 */
export default handle(confirmGrade, async (ctx, { personId, month, year, grade, note }) => {
  const person = await requirePerson(ctx, personId, ['county_admin']);
  if (!person.villageId) return fail('NOT_FOUND', '此人不是驻村干部。');
  const period = (month ?? year)!;
  if (!periodOver(period, ctx.now)) return fail('TOO_EARLY_OR_LATE', month ? '月份还没结束，不能确认等次。' : '这一年还没结束，不能确认年度等次。');
  const proposal = (await proposalRows(ctx.store, person.countyId, period, ctx.now)).find((r) => r.personId === personId);
  if (proposal && proposal.proposed !== grade && (!note || note.length < 2)) {
    return fail('VALIDATION', `建议等次是${proposal.label}，改为${GRADE_LABELS[grade]}请写明理由。`);
  }
  const id = `${personId}:${period}`;
  const before = await ctx.store.get('grades', id);
  const reason = note || (proposal ? proposal.explanation.join('；') : '');
  const recall = await recallChange(ctx, person, period, grade, reason);
  await ctx.store.transaction(async (tx) => {
    await tx.put('grades', { _id: id, personId, villageId: person.villageId, countyId: person.countyId, month: period, grade, proposed: proposal?.proposed ?? null, by: ctx.person!._id, at: ctx.now.toISOString(), note: note ?? null });
    await audit(ctx, tx, { countyId: person.countyId, entity: 'grade', entityId: id, action: 'confirm', before, after: { grade, proposed: proposal?.proposed ?? null }, note });
    await recall.write(tx);
  });
  await pushRecallNotices(ctx, recall.notices);
  return { personId, month: period, grade };
});
