/**
 * The local stack's clock. `ZHUCUN_NOW=<ISO instant>` starts it at that instant and lets it tick
 * from there, for the seed, the server and the scheduler alike, so the demo and the browser
 * journeys can be run on any date (the 1st of a month, 31 December, a year without holiday data).
 * Local only: the cloud functions always take the platform's clock.
 */
export type Clock = () => Date;

export function localClock(pinned = process.env.ZHUCUN_NOW): Clock {
  if (!pinned) return () => new Date();
  const start = Date.parse(pinned);
  if (Number.isNaN(start)) throw new Error(`ZHUCUN_NOW 不是有效的时间：${pinned}（例如 2027-01-04T09:00:00+08:00）`);
  const offset = start - Date.now();
  return () => new Date(Date.now() + offset);
}
