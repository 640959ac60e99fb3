import type { MonthContext } from '../../src/core';
import { AppError } from './errors';
import { monthContext } from './month';
import type { DocDriver } from './store/driver';

/** A figure that needs a year's working days while the year's holiday schedule is unknown. */
export interface CalendarPending {
  pending: 'calendar';
  year: number;
  message: string;
}

/** The plain sentence a cadre reads where a figure waits for the year's holiday schedule. */
export function calendarPendingMessage(year: number, what = '本月应驻村天数'): string {
  return `${year}年节假日安排还没公布（或还没录入），${what}等录入后再算。`;
}

export function calendarPending(month: string, what?: string): CalendarPending {
  const year = Number(month.slice(0, 4));
  return { pending: 'calendar', year, message: calendarPendingMessage(year, what) };
}

export const isCalendarUnknown = (e: unknown): boolean => e instanceof AppError && e.code === 'CALENDAR_UNKNOWN';

/**
 * The month context, or the pending state when the month's year has no holiday schedule yet
 * (CALENDAR_UNKNOWN is caught here, so a page that also shows other things is never an error).
 */
export async function monthContextOrPending(
  store: DocDriver,
  countyId: string,
  month: string,
  today: string,
  now: Date,
  what?: string,
): Promise<MonthContext | CalendarPending> {
  try {
    return await monthContext(store, countyId, month, today, now);
  } catch (e) {
    if (isCalendarUnknown(e)) return calendarPending(month, what);
    throw e;
  }
}

export const isPending = (x: MonthContext | CalendarPending): x is CalendarPending => 'pending' in x;
