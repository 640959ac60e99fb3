import { addDays, dayStart, shanghaiDay, shanghaiHourMinute } from '../time';

const MINUTE_MS = 60_000;

function minutes(hm: string): number {
  const [h, m] = hm.split(':').map(Number);
  return h * 60 + m;
}

/**
 * Is this Shanghai wall-clock time ('HH:mm') inside quiet hours from–to? The window may span
 * midnight (21:30–07:30); `from` is inside, `to` is not; from = to means no quiet hours.
 */
export function isQuietTime(hm: string, from: string, to: string): boolean {
  if (from === to) return false;
  return from < to ? hm >= from && hm < to : hm >= from || hm < to;
}

/**
 * When a message due at `now` may be pushed: `now` itself outside quiet hours, else the end of
 * the quiet hours (07:30 the same morning, or the next morning when it is still evening).
 */
export function pushTime(now: Date, from: string, to: string): Date {
  const hm = shanghaiHourMinute(now);
  if (!isQuietTime(hm, from, to)) return now;
  const today = shanghaiDay(now);
  const endDay = hm < to ? today : addDays(today, 1);
  return new Date(dayStart(endDay).getTime() + minutes(to) * MINUTE_MS);
}
