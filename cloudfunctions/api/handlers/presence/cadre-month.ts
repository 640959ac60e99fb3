import { addDays, buildMyMonth, buildPendingMonth, shanghaiDay, shanghaiMonth, type MyMonthLeave } from '../../../../src/core';
import { ROLE_LABELS, type Role } from '../../../../types';
import { cadreMonth } from '../../../../types/actions/presence';
import { fail } from '../../../common/errors';
import { personLeaves } from '../../../common/leave/doc';
import type { PersonDoc } from '../../../common/model';
import { isPending, monthContextOrPending } from '../../../common/calendar-pending';
import { cadreRole, countyRules, personMonthId, personMonthRecord } from '../../../common/month';
import { personGrants } from '../../../common/org';
import { loadVillage, requirePerson } from '../../../common/scope';
import { handle } from '../../handler';
import { toFlagViews } from './flag-view';

const LOOKERS: Role[] = ['township_supervisor', 'county_admin', 'inspector', 'city_admin'];
const SHOWN_LEAVES = new Set(['pending', 'approved', 'returned']);

/** A leave closed early by a return (销假) ends the day before the return. */
function leaveEnd(l: MyMonthLeave & { returnDay?: string | null }): string {
  return l.returnDay && l.returnDay <= l.to ? addDays(l.returnDay, -1) : l.to;
}

/**
 * One cadre's month, built from their month rollup plus their own records of that month
 * (clock-ins, leaves, flags): one person, one month, never a county.
 */
export default handle(cadreMonth, async (ctx, input) => {
  const me = ctx.person!;
  const month = input.month ?? shanghaiMonth(ctx.now);
  if (month > shanghaiMonth(ctx.now)) return fail('TOO_EARLY_OR_LATE', '这个月还没到。');
  const target: PersonDoc = input.personId && input.personId !== me._id ? await requirePerson(ctx, input.personId, LOOKERS) : me;
  const grants = await personGrants(ctx.store, target._id);
  const role = cadreRole(grants, target._id);
  if (!role || !target.villageId) {
    return fail('NOT_FOUND', target._id === me._id ? '您不是驻村干部，没有驻村月历。请从各村页面选一位干部查看。' : '这个人不是驻村干部。');
  }
  const today = shanghaiDay(ctx.now);
  const [village, mctx, config, rollup, clockins, leaves, flags] = await Promise.all([
    loadVillage(ctx, target.villageId),
    monthContextOrPending(ctx.store, target.countyId, month, today, ctx.now, '本月应驻村天数、缺勤和达标情况'),
    countyRules(ctx.store, target.countyId),
    ctx.store.get('person_months', personMonthId(target._id, month)),
    ctx.store.find('clockins', { personId: target._id, month }, { orderBy: [{ field: 'at', dir: 'asc' }] }),
    personLeaves(ctx.store, target._id),
    ctx.store.find('flags', { personId: target._id, month }, { orderBy: [{ field: 'raisedAt', dir: 'desc' }] }),
  ]);
  const record = personMonthRecord(target, role, rollup);
  const first = `${month}-01`;
  const last = `${month}-31`;
  const monthLeaves = leaves.filter((l) => SHOWN_LEAVES.has(l.status) && l.from <= last && l.to >= first);
  const records = {
    record,
    clockIns: clockins.map((c) => ({ day: c.day, at: c.at, decision: c.decision, syncedLater: c.syncedLater === true, fuzzy: c.fuzzy === true })),
    leaves: monthLeaves.map((l) => ({ type: l.type, from: l.from, to: leaveEnd(l), status: l.status })),
    flags: flags.map((f) => ({ day: f.day, status: f.status })),
  };
  // A year without its holiday schedule still shows each day's records; the judgements wait for it.
  const built = isPending(mctx)
    ? { ...buildPendingMonth({ ...records, month, today, config, now: ctx.now }), projection: null, verdict: null, credit: null, calendarPending: { year: mctx.year, message: mctx.message } }
    : { ...buildMyMonth({ ...records, ctx: mctx }), calendarPending: null };
  return {
    person: { id: target._id, name: target.name, roleLabel: ROLE_LABELS[role] },
    village: { id: village._id, name: village.name },
    month,
    today,
    self: target._id === me._id,
    days: built.days.map((d) => ({ ...d, clockIns: d.clockIns.map(({ at, decision, syncedLater, fuzzy }) => ({ at, decision, syncedLater, fuzzy })) })),
    summary: built.summary,
    projection: built.projection,
    verdict: built.verdict,
    credit: built.credit,
    calendarPending: built.calendarPending,
    flags: await toFlagViews(ctx.store, flags),
  };
});
