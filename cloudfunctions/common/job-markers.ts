import { MAX_PAGE, type DocDriver } from './store/driver';

/**
 * The scheduler's run markers (`jobs`, one per job, county and period). A period skipped because
 * the county's holiday schedule for the year was not entered yet is marked so; entering the year
 * releases those periods, and the next trigger runs whichever of them is still due (today's
 * reminders, last month's close) instead of leaving them skipped for good.
 */
export const SKIPPED_NO_CALENDAR = 'CALENDAR_UNKNOWN';

/** Removes the county's markers of periods skipped for want of a calendar; answers how many. */
export async function releaseCalendarSkips(store: DocDriver, countyId: string): Promise<number> {
  const skipped = await store.find('jobs', { countyId, skipped: SKIPPED_NO_CALENDAR }, { limit: MAX_PAGE });
  for (const d of skipped) await store.remove('jobs', d._id);
  return skipped.length;
}
