import { leaveDaysByMonth, monthOf, type Day } from '../../../src/core';
import { addDay, updatePersonMonth } from '../month';
import type { PersonDoc } from '../model';
import type { DocTx } from '../store/driver';
import type { LeaveDoc } from './doc';

/** The rollup field a leave's days count in: 公假 as official business, every other kind as leave. */
const field = (leave: LeaveDoc) => (leave.type === 'official' ? 'officialDays' : 'leaveDays');

/** Writes an approved leave's days into the cadre's month rollups, in every month it spans. */
export async function addLeaveToRollup(store: DocTx, person: PersonDoc, leave: LeaveDoc): Promise<void> {
  for (const part of leaveDaysByMonth(leave)) {
    await updatePersonMonth(store, person, leave.townshipId, part.month, (doc) => {
      for (const day of part.days) addDay(doc[field(leave)], day);
    });
  }
}

/** Takes days back out of the rollups (an early return gives the unused days back). */
export async function removeDaysFromRollup(store: DocTx, person: PersonDoc, leave: LeaveDoc, days: Day[]): Promise<void> {
  const months = [...new Set(days.map(monthOf))];
  for (const month of months) {
    const gone = new Set(days.filter((d) => monthOf(d) === month));
    await updatePersonMonth(store, person, leave.townshipId, month, (doc) => {
      doc[field(leave)] = doc[field(leave)].filter((d) => !gone.has(d));
    });
  }
}
