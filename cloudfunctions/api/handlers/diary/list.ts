import { diaryList } from '../../../../types/actions/diary';
import { DIARY_VIEWER_ROLES } from '../../../common/diary/caller';
import { diaryFlagsOf, entryViews } from '../../../common/diary/view';
import { fail } from '../../../common/errors';
import { countyRules } from '../../../common/month';
import { requirePerson, requireVillage } from '../../../common/scope';
import { findAll } from '../../../common/store/driver';
import { handle } from '../../handler';

/**
 * A month of diaries with their flags: a cadre's own by default; one person's or one village's for
 * those who supervise them (township, county, inspector, team leader, sending unit), within scope.
 */
export default handle(diaryList, async (ctx, input) => {
  const me = ctx.person!;
  let where: Record<string, string>;
  if (input.villageId) {
    await requireVillage(ctx, input.villageId, DIARY_VIEWER_ROLES);
    where = { villageId: input.villageId };
  } else {
    const personId = input.personId ?? (me.villageId ? me._id : null);
    if (!personId) return fail('VALIDATION', '请选择要查看的干部或村。');
    if (personId !== me._id) await requirePerson(ctx, personId, DIARY_VIEWER_ROLES);
    where = { personId };
  }
  // Bounded: one person's or one village's month.
  const docs = await findAll(ctx.store, 'diaries', { ...where, month: input.month }, { orderBy: [{ field: 'day', dir: 'desc' }] });
  const countyId = docs[0]?.countyId ?? me.countyId;
  const rules = await countyRules(ctx.store, countyId);
  const flags = await diaryFlagsOf(ctx.store, docs.map((d) => d.personId));
  const entries = await entryViews(ctx, docs, flags, rules.diary.graceHours);
  return { month: input.month, entries };
});
