import { monthBounds, shanghaiDay, shanghaiMonth } from '../../../../src/core';
import { householdsList } from '../../../../types/actions/diary';
import { villageHouseholds } from '../../../common/diary/households';
import { fail } from '../../../common/errors';
import { requireVillage } from '../../../common/scope';
import { findAll } from '../../../common/store/driver';
import { handle } from '../../handler';

/** A village's households with this month's visits: for its cadres and for supervisors within scope. */
export default handle(householdsList, async (ctx, input) => {
  const villageId = input.villageId ?? ctx.person?.villageId ?? null;
  if (!villageId) return fail('VALIDATION', '请选择要查看的村。');
  const village = await requireVillage(ctx, villageId);
  const today = shanghaiDay(ctx.now);
  const { first } = monthBounds(shanghaiMonth(ctx.now));
  // Bounded: one village's households and its visits of this month.
  const [households, visits] = await Promise.all([
    villageHouseholds(ctx.store, villageId),
    findAll(ctx.store, 'visits', { villageId, day: { $gte: first, $lte: today } }),
  ]);
  const stats = new Map<string, { count: number; last: string }>();
  for (const v of visits) {
    const s = stats.get(v.householdId) ?? { count: 0, last: '' };
    s.count += 1;
    if (v.day > s.last) s.last = v.day;
    stats.set(v.householdId, s);
  }
  const sorted = [...households].sort((a, b) => a.group.localeCompare(b.group, 'zh', { numeric: true }) || a.name.localeCompare(b.name, 'zh'));
  return {
    village: { id: village._id, name: village.name },
    households: sorted.map((h) => ({
      id: h._id,
      name: h.name,
      group: h.group,
      visitsThisMonth: stats.get(h._id)?.count ?? 0,
      lastVisitDay: stats.get(h._id)?.last || null,
    })),
  };
});
