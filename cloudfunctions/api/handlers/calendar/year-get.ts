import { chineseDaysSource } from '../../../../src/core';
import { calendarYear } from '../../../../types/actions/calendar';
import { readCalendarYear } from '../../../common/calendar-years';
import { callerCounty } from '../../../common/scope';
import { handle } from '../../handler';

/** Where the county's calendar gets a year from, and — when entered by the county — the entered schedule. */
export default handle(calendarYear, async (ctx, { year }) => {
  const countyId = callerCounty(ctx);
  if (chineseDaysSource.hasYear(year)) return { year, source: 'package' as const, holidays: [], makeupWorkdays: [] };
  const doc = await readCalendarYear(ctx.store, countyId, year);
  if (!doc) return { year, source: 'missing' as const, holidays: [], makeupWorkdays: [] };
  return { year, source: 'county' as const, holidays: doc.holidays, makeupWorkdays: doc.makeupWorkdays, updatedAt: doc.updatedAt };
});
