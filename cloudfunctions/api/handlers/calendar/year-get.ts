import { chineseDaysSource, shanghaiDay } from '../../../../src/core';
import { calendarYear } from '../../../../types/actions/calendar';
import { pendingYear, readYearFor } from '../../../common/calendar-years';
import { callerCounty } from '../../../common/scope';
import { handle } from '../../handler';

/**
 * Where the county's calendar gets a year from (the server's current year unless asked), the
 * entered schedule with who entered it, the server's day, and the year admins should enter now.
 */
export default handle(calendarYear, async (ctx, input) => {
  const countyId = callerCounty(ctx);
  const today = shanghaiDay(ctx.now);
  const year = input.year ?? Number(today.slice(0, 4));
  const pending = await pendingYear(ctx.store, countyId, today);
  const base = { year, today, pending, holidays: [], makeupWorkdays: [] };
  if (chineseDaysSource.hasYear(year)) return { ...base, source: 'package' as const };
  const doc = await readYearFor(ctx.store, countyId, year);
  if (!doc) return { ...base, source: 'missing' as const };
  const [person, county] = await Promise.all([
    doc.updatedBy ? ctx.store.get('people', doc.updatedBy) : null,
    doc.countyId ? ctx.store.get('counties', doc.countyId) : null,
  ]);
  return {
    ...base,
    source: 'national' as const,
    holidays: doc.holidays,
    makeupWorkdays: doc.makeupWorkdays,
    updatedAt: doc.updatedAt,
    ...(person ? { enteredBy: { name: person.name, county: county?.name ?? '' } } : {}),
    ...(doc.demo ? { demo: true } : {}),
  };
});
