import { shanghaiMonth } from '../../../../src/core';
import { confirmGrade } from '../../../../types/actions/grading';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import { requirePerson } from '../../../common/scope';
import { handle } from '../../handler';

export default handle(confirmGrade, async (ctx, { personId, month, grade, note }) => {
  const person = await requirePerson(ctx, personId, ['county_admin']);
  if (!person.villageId) return fail('NOT_FOUND', '此人不是驻村干部。');
  if (month >= shanghaiMonth(ctx.now)) return fail('TOO_EARLY_OR_LATE', '月份还没结束，不能确认等次。');
  const id = `${personId}:${month}`;
  const before = await ctx.store.get('grades', id);
  await ctx.store.transaction(async (tx) => {
    await tx.put('grades', { _id: id, personId, villageId: person.villageId, countyId: person.countyId, month, grade, by: ctx.person!._id, at: ctx.now.toISOString(), note: note ?? null });
    await audit(ctx, tx, { countyId: person.countyId, entity: 'grade', entityId: id, action: 'confirm', before, after: { grade }, note });
  });
  return { personId, month, grade };
});
