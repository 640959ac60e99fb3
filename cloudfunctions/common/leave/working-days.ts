import { isWorkingKind, leaveDaysByMonth, type LeaveSpan, type MonthCalendar } from '../../../src/core';
import { isCalendarUnknown } from '../calendar-pending';
import { countyMonthCalendar } from '../month';
import type { DocDriver } from '../store/driver';

/**
 * Counts the working days of leaves by the county's calendar, reading each month's calendar once.
 * A leave that runs into a year without its holiday schedule answers null: its working days are
 * counted once that year is entered (待节假日安排公布后计算), never guessed; the leave itself stands.
 */
export function leaveWorkingDayCounter(store: DocDriver) {
  const calendars = new Map<string, Promise<MonthCalendar | null>>();
  const calendar = (countyId: string, month: string) => {
    const key = `${countyId}:${month}`;
    if (!calendars.has(key)) {
      calendars.set(
        key,
        countyMonthCalendar(store, countyId, month).catch((e: unknown) => {
          if (isCalendarUnknown(e)) return null;
          throw e;
        }),
      );
    }
    return calendars.get(key)!;
  };
  return async (leave: LeaveSpan & { countyId: string }): Promise<number | null> => {
    let n = 0;
    for (const part of leaveDaysByMonth(leave)) {
      const cal = await calendar(leave.countyId, part.month);
      if (!cal) return null;
      const days = new Set(part.days);
      n += cal.days.filter((d) => days.has(d.date) && isWorkingKind(d.kind)).length;
    }
    return n;
  };
}

/** The working days of one leave (null while a year it spans has no holiday schedule). */
export const leaveWorkingDays = (store: DocDriver, leave: LeaveSpan & { countyId: string }) => leaveWorkingDayCounter(store)(leave);
