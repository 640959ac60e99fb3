import { addDays, prevMonth, shanghaiDay, shanghaiHourMinute, shanghaiMonth, type Day, type Month } from '../time';

/**
 * When a periodic job is due. Each function answers the period (a day, a month, an hour) that
 * is due at `now`, or null when nothing is due yet. The dispatcher runs a job once per period,
 * so a late trigger (10:40 for a 10:00 job) still runs it once, and a second trigger does not.
 * All wall-clock times are 'HH:mm' in Asia/Shanghai, whatever the process time zone.
 */

/** A daily job at `time`: due from that time to the end of the Shanghai day. */
export function dailyPeriod(now: Date, time: string): Day | null {
  return shanghaiHourMinute(now) >= time ? shanghaiDay(now) : null;
}

/**
 * Month close on day `closeDay` at `time`: from then until the end of the month the period
 * is the previous month (the one being closed).
 */
export function monthClosePeriod(now: Date, closeDay: number, time: string): Month | null {
  const day = Number(shanghaiDay(now).slice(8, 10));
  const reached = day > closeDay || (day === closeDay && shanghaiHourMinute(now) >= time);
  return reached ? prevMonth(shanghaiMonth(now)) : null;
}

/** An hourly job: the Shanghai day and hour, e.g. '2026-11-20T10'. */
export function hourPeriod(now: Date): string {
  return `${shanghaiDay(now)}T${shanghaiHourMinute(now).slice(0, 2)}`;
}

/** The day before today in Shanghai. */
export function yesterday(now: Date): Day {
  return addDays(shanghaiDay(now), -1);
}
