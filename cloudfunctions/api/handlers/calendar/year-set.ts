import { chineseDaysSource, enteredYearProblems, normalizeEnteredYear } from '../../../../src/core';
import { setCalendarYear } from '../../../../types/actions/calendar';
import { audit } from '../../../common/audit';
import { calendarYearId, readCalendarYear, type CalendarYearDoc } from '../../../common/calendar-years';
import { adminCounty } from '../../../common/county-rules';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import { releaseCalendarSkips } from '../../../common/job-markers';
import { handle } from '../../handler';

/**
 * The county admin enters (or corrects) a year's holiday schedule that the bundled data lacks. Checked
 * (days inside the year, make-up workdays on weekends, no overlaps), refused for years the bundled data
 * covers and once a grade of that year is confirmed, audited with before and after. Scheduled runs
 * skipped for want of this schedule are released, so the next trigger runs those still due.
 */
export default handle(setCalendarYear, async (ctx, { clientRequestId, ...input }) => {
  const countyId = adminCounty(ctx);
  return once(ctx, 'calendar.year.set', clientRequestId, async () => {
    const problems = enteredYearProblems(input, chineseDaysSource);
    if (problems.length) return fail('VALIDATION', problems.join(''), problems.map((message) => ({ message })));
    const y = normalizeEnteredYear(input);
    const result = { year: y.year, holidays: y.holidays.length, makeupWorkdays: y.makeupWorkdays.length };
    const before = await readCalendarYear(ctx.store, countyId, y.year);
    const was = before ? { holidays: before.holidays, makeupWorkdays: before.makeupWorkdays } : null;
    const now = { holidays: y.holidays, makeupWorkdays: y.makeupWorkdays };
    if (was && JSON.stringify(was) === JSON.stringify(now)) return result;
    const settled = await ctx.store.count('grades', { countyId, month: { $gte: `${y.year}-01`, $lte: `${y.year}-12` } });
    if (settled > 0) return fail('CONFLICT', `${y.year}年已有等次确认，不能再修改这一年的节假日安排。`);
    const doc: CalendarYearDoc = { _id: calendarYearId(countyId, y.year), countyId, ...y, updatedAt: ctx.now.toISOString(), updatedBy: ctx.person?._id ?? null };
    await ctx.store.transaction(async (tx) => {
      await tx.put('calendar_years', doc as unknown as CalendarYearDoc & Record<string, unknown>);
      await audit(ctx, tx, { countyId, entity: 'calendar_year', entityId: String(y.year), action: was ? 'year.update' : 'year.set', before: was, after: now, note: `${y.year}年节假日安排` });
    });
    await releaseCalendarSkips(ctx.store, countyId);
    return result;
  });
});
