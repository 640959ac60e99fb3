import { GRADE_LABELS } from '../../../../src/core';
import { confirmGrade } from '../../../../types/actions/grading';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import { periodOver, proposalRows } from '../../../common/grade-proposals';
import { recallChange, pushRecallNotices } from '../../../common/recalls';
import { bumpGuard, monthGuardId, readGuard, StaleRead } from '../../../common/read-guard';
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
  // A monthly grade is proposed from the month's calendar: a calendar change landing before this
  // grade commits moves the guard, and the grade is refused rather than settled on old figures.
  const guardId = month ? monthGuardId(person.countyId, month) : null;
  const guard = guardId ? await readGuard(ctx.store, guardId) : 0;
  const proposal = (await proposalRows(ctx.store, person.countyId, period, ctx.now)).find((r) => r.personId === personId);
  if (proposal && proposal.proposed !== grade && (!note || note.length < 2)) {
    return fail('VALIDATION', `建议等次是${proposal.label}，改为${GRADE_LABELS[grade]}请写明理由。`);
  }
  const id = `${personId}:${period}`;
  const before = await ctx.store.get('grades', id);
  const reason = note || (proposal ? proposal.explanation.join('；') : '');
  const recall = await recallChange(ctx, person, period, grade, reason);
  try {
    await ctx.store.transaction(async (tx) => {
      if (guardId) await bumpGuard(tx, guardId, guard);
      await tx.put('grades', { _id: id, personId, villageId: person.villageId, countyId: person.countyId, month: period, grade, proposed: proposal?.proposed ?? null, by: ctx.person!._id, at: ctx.now.toISOString(), note: note ?? null });
      await audit(ctx, tx, { countyId: person.countyId, entity: 'grade', entityId: id, action: 'confirm', before, after: { grade, proposed: proposal?.proposed ?? null }, note });
      await recall.write(tx);
    });
  } catch (e) {
    if (e instanceof StaleRead) return fail('CONFLICT', '这个月的工作日历刚刚调整过，建议等次可能已变，请刷新后再确认。');
    throw e;
  }
  await pushRecallNotices(ctx, recall.notices);
  return { personId, month: period, grade };
});
