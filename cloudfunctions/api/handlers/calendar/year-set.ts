import { chineseDaysSource, enteredYearProblems, normalizeEnteredYear } from '../../../../src/core';
import { setCalendarYear } from '../../../../types/actions/calendar';
import { audit } from '../../../common/audit';
import { nationalYearId, readYearFor, writeNationalYear } from '../../../common/calendar-years';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import { releaseCalendarSkips } from '../../../common/job-markers';
import { callerCounty } from '../../../common/scope';
import { handle } from '../../handler';

/**
 * An admin enters (or corrects) a year's holiday schedule that the bundled data lacks, once for the
 * whole deployment: every county's calendar uses it at once. Checked (days inside the year, make-up
 * workdays on weekends, no overlaps), refused for years the bundled data covers and once a grade of
 * a month of that year is confirmed in any county, audited with before and after in the caller's
 * county (so its 修改记录 lists it). Scheduled runs skipped for want of this schedule are released in
 * every county, so the next trigger runs those still due.
 */
export default handle(setCalendarYear, async (ctx, { clientRequestId, ...input }) => {
  // The contract's audience (NATIONAL_YEAR_EDITORS) admits the caller; the county is only for the audit.
  const countyId = callerCounty(ctx);
  const problems = enteredYearProblems(input, chineseDaysSource);
  if (problems.length) return fail('VALIDATION', problems.join(''), problems.map((message) => ({ message })));
  const y = normalizeEnteredYear(input);
  const result = { year: y.year, holidays: y.holidays.length, makeupWorkdays: y.makeupWorkdays.length };
  const now = { holidays: y.holidays, makeupWorkdays: y.makeupWorkdays };
  const out = await once(ctx, 'calendar.year.set', clientRequestId, {
    // Reads first (queries cannot run in a transaction): whether any county settled a month of the year.
    read: async () => ctx.store.count('grades', { month: { $gte: `${y.year}-01`, $lte: `${y.year}-12` } }),
    // Then the national entry and its audit, together with the request's marker.
    write: async (tx, settled) => {
      const before = await readYearFor(tx, countyId, y.year);
      const was = before ? { holidays: before.holidays, makeupWorkdays: before.makeupWorkdays } : null;
      // Saving the demo seed's schedule, or a county's entry from before it was national, unchanged still
      // makes it the real national entry.
      const isNational = before?._id === nationalYearId(y.year) && !before.demo;
      if (isNational && JSON.stringify(was) === JSON.stringify(now)) return result;
      if (settled > 0) return fail('CONFLICT', `已有县确认了${y.year}年的等次，不能再修改这一年的节假日安排。`);
      await writeNationalYear(tx, { ...y, countyId, updatedAt: ctx.now.toISOString(), updatedBy: ctx.person?._id ?? null });
      await audit(ctx, tx, { countyId, entity: 'calendar_year', entityId: String(y.year), action: was ? 'year.update' : 'year.set', before: was, after: now, note: `${y.year}年节假日安排（全国）` });
      return result;
    },
  });
  // After the commit, and on every retry too (it only removes markers): a stop in between heals on the retry.
  await releaseCalendarSkips(ctx.store);
  return out;
});
