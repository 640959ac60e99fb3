import { leaveEffect, nextMonth, shanghaiDay, shanghaiMonth, type LeaveEffect } from '../../../src/core';
import { isPending, monthContextOrPending } from '../calendar-pending';
import { cadreMonthRecords } from '../month';
import type { DocDriver } from '../store/driver';
import type { LeaveDoc } from './doc';

/** A leave's months from the current one on (at most three: effects further out are guesses). */
function monthsAhead(l: LeaveDoc, current: string): string[] {
  const out: string[] = [];
  for (let m = l.from.slice(0, 7); m <= l.to.slice(0, 7) && out.length < 3; m = nextMonth(m)) if (m >= current) out.push(m);
  return out;
}

/**
 * What approving each pending leave would do to its cadre's months (the approval card's
 * '批准后本月无法达标'). One read of the month rules and records per county and month, for all
 * the leaves in it; a month whose year has no holiday schedule says nothing rather than guess.
 */
export async function pendingLeaveEffects(store: DocDriver, leaves: readonly LeaveDoc[], now: Date): Promise<Map<string, LeaveEffect[]>> {
  const today = shanghaiDay(now);
  const current = shanghaiMonth(now);
  const groups = new Map<string, { countyId: string; month: string; leaves: LeaveDoc[] }>();
  for (const l of leaves) {
    for (const month of monthsAhead(l, current)) {
      const key = `${l.countyId}|${month}`;
      const g = groups.get(key) ?? { countyId: l.countyId, month, leaves: [] };
      g.leaves.push(l);
      groups.set(key, g);
    }
  }
  const out = new Map<string, LeaveEffect[]>(leaves.map((l) => [l._id, []]));
  await Promise.all(
    [...groups.values()].map(async ({ countyId, month, leaves: inMonth }) => {
      const mctx = await monthContextOrPending(store, countyId, month, today, now);
      if (isPending(mctx)) return;
      const records = await cadreMonthRecords(store, countyId, [...new Set(inMonth.map((l) => l.villageId))], month);
      const byPerson = new Map(records.map((r) => [r.person._id, r.record]));
      for (const l of inMonth) {
        const record = byPerson.get(l.personId);
        const effect = record ? leaveEffect(record, mctx, l) : null;
        if (effect) out.get(l._id)!.push(effect);
      }
    }),
  );
  for (const list of out.values()) list.sort((a, b) => a.month.localeCompare(b.month));
  return out;
}
