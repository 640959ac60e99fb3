import { MAX_PAGE, type DocDriver } from './store/driver';

/**
 * The scheduler's run markers (`jobs`, one per job, county and period). A period skipped because
 * the holiday schedule for the year was not entered yet is marked so; entering the year (once, for
 * the whole deployment) releases those periods in every county, and the next trigger runs whichever
 * of them is still due (today's reminders, last month's close) instead of leaving them skipped for good.
 */
/** A run marker (`jobs`, `<job>:<countyId>:<period>`). */
export interface JobDoc {
  _id: string;
  job?: string;
  countyId?: string;
  period?: string;
  startedAt: string;
  finishedAt: string | null;
  note: string | null;
  /** Cut short at the time limit; `cursor` is where the next trigger resumes. */
  paused?: boolean;
  cursor?: string;
  takenOver?: string;
  skipped?: string;
}

export const SKIPPED_NO_CALENDAR = 'CALENDAR_UNKNOWN';

/** Removes every county's markers of periods skipped for want of a calendar; answers how many. */
export async function releaseCalendarSkips(store: DocDriver): Promise<number> {
  let released = 0;
  for (;;) {
    const skipped = await store.find('jobs', { skipped: SKIPPED_NO_CALENDAR }, { limit: MAX_PAGE });
    for (const d of skipped) await store.remove('jobs', d._id);
    released += skipped.length;
    if (skipped.length < MAX_PAGE) return released;
  }
}
