import { dayStart, isWorkingKind, monthCalendar, shanghaiDay, type CalendarSource, type Day } from '../src/core';
import type { Services } from '../cloudfunctions/common/services';
import type { DocDriver } from '../cloudfunctions/common/store/driver';
import { dispatch } from '../cloudfunctions/scheduler/dispatch';
import { coverageGap } from '../cloudfunctions/scheduler/jobs/coverage-gap';
import { forwardWarning } from '../cloudfunctions/scheduler/jobs/forward-warning';
import { exampleMonth } from './seed-calendar';

/** The last working day before today, no later than the example month: the day the seeded alerts were raised. */
export function alertDay(now: Date, calendar: CalendarSource): Day | null {
  const today = shanghaiDay(now);
  const month = exampleMonth(now);
  const cal = monthCalendar(month, [], calendar);
  if (!cal.ok) return null;
  const days = cal.days.filter((d) => d.date < today && isWorkingKind(d.kind));
  return days.length ? days[days.length - 1].date : null;
}

/**
 * A fresh demo on any date has open alerts for the township supervisor: the forward warning and the
 * team coverage check run as the scheduler would have run them at 09:05 on that day (alertDay), so
 * the laggards are flagged even on the 1st of a month, a Sunday or before 09:00.
 */
export async function seedAlerts(store: DocDriver, services: Services, now: Date, calendar: CalendarSource): Promise<void> {
  const day = alertDay(now, calendar);
  if (!day) return;
  const at = new Date(dayStart(day).getTime() + (9 * 60 + 5) * 60_000);
  await dispatch([coverageGap, forwardWarning], { store, services, now: at, log: () => undefined });
}
