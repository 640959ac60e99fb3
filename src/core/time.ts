/**
 * Asia/Shanghai calendar arithmetic, independent of the process time zone.
 * China has used a fixed UTC+08:00 offset without daylight saving since 1991,
 * so a Shanghai day is simply the UTC day of (instant + 8 h).
 * Days are 'YYYY-MM-DD' strings and months 'YYYY-MM' strings everywhere;
 * both sort correctly as plain strings.
 */
import { memo } from './memo';

/** A calendar day in Shanghai, 'YYYY-MM-DD'. */
export type Day = string;
/** A calendar month in Shanghai, 'YYYY-MM'. */
export type Month = string;

const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function assertInstant(instant: Date): number {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError('无效的时间');
  return t;
}

/** How many days each direction of day arithmetic keeps (a county's month asks for the same few dozen). */
const DAYS_KEPT = 4096;

/** UTC midnight of the given day, used only as an arithmetic anchor. */
const utcAnchor = memo(DAYS_KEPT, (day: Day): number => {
  const m = DAY_RE.exec(day);
  if (!m || !isValidDay(day)) throw new RangeError(`无效的日期：${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
});

function anchorToDay(t: number): Day {
  const d = new Date(t);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** True for a real calendar day written 'YYYY-MM-DD' (e.g. rejects '2025-02-29'). */
export function isValidDay(day: string): boolean {
  const m = DAY_RE.exec(day);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= monthLength(y, mo);
}

/** True for a month written 'YYYY-MM' with month 01..12. */
export function isValidMonth(month: string): boolean {
  const m = MONTH_RE.exec(month);
  if (!m) return false;
  const mo = Number(m[2]);
  return mo >= 1 && mo <= 12;
}

function monthLength(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/** The Shanghai day containing the instant. */
export function shanghaiDay(instant: Date): Day {
  return anchorToDay(assertInstant(instant) + OFFSET_MS);
}

/** The Shanghai month containing the instant. */
export function shanghaiMonth(instant: Date): Month {
  return shanghaiDay(instant).slice(0, 7);
}

/** Shanghai wall-clock time of the instant, 'HH:mm'. */
export function shanghaiHourMinute(instant: Date): string {
  const d = new Date(assertInstant(instant) + OFFSET_MS);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The instant of 00:00:00 Shanghai time on the given day. */
export function dayStart(day: Day): Date {
  return new Date(dayStartTime(day));
}

/** dayStart as epoch milliseconds (no Date made: for comparing many instants with their day). */
export function dayStartTime(day: Day): number {
  return utcAnchor(day) - OFFSET_MS;
}

/** Days by their anchor, the other way round (addDays lands on the same few days again and again). */
const dayOfAnchor = memo(DAYS_KEPT, anchorToDay);

/** The day n days after (n < 0: before) the given day. */
export function addDays(day: Day, n: number): Day {
  if (!Number.isInteger(n)) throw new RangeError('天数须为整数');
  return dayOfAnchor(utcAnchor(day) + n * DAY_MS);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((utcAnchor(b) - utcAnchor(a)) / DAY_MS);
}

/** Day of week: 0 = Sunday, 1 = Monday … 6 = Saturday. */
export function weekday(day: Day): number {
  return new Date(utcAnchor(day)).getUTCDay();
}

/** The month a day belongs to. */
export function monthOf(day: Day): Month {
  if (!isValidDay(day)) throw new RangeError(`无效的日期：${day}`);
  return day.slice(0, 7);
}

function splitMonth(month: Month): [number, number] {
  const m = MONTH_RE.exec(month);
  if (!m || !isValidMonth(month)) throw new RangeError(`无效的月份：${month}`);
  return [Number(m[1]), Number(m[2])];
}

/** Year number of a month. */
export function yearOf(month: Month): number {
  return splitMonth(month)[0];
}

/** Every day of the month, in order. */
export function daysOfMonth(month: Month): Day[] {
  const [y, mo] = splitMonth(month);
  const n = monthLength(y, mo);
  const out: Day[] = [];
  for (let d = 1; d <= n; d += 1) out.push(`${pad(y, 4)}-${pad(mo)}-${pad(d)}`);
  return out;
}

/** The month before. */
export function prevMonth(month: Month): Month {
  const [y, mo] = splitMonth(month);
  return mo === 1 ? `${pad(y - 1, 4)}-12` : `${pad(y, 4)}-${pad(mo - 1)}`;
}

/** The month after. */
export function nextMonth(month: Month): Month {
  const [y, mo] = splitMonth(month);
  return mo === 12 ? `${pad(y + 1, 4)}-01` : `${pad(y, 4)}-${pad(mo + 1)}`;
}

/** First and last day of a month. */
export function monthBounds(month: Month): { first: Day; last: Day } {
  const days = daysOfMonth(month);
  return { first: days[0], last: days[days.length - 1] };
}
