/**
 * The server's clock as the app knows it: every session.whoami answer carries the server's `now`,
 * and the app keeps the difference to the phone's clock. Pages reckon "today" and "this month"
 * from `serverNow()`, so a phone with a wrong clock (or a local stack started at another date)
 * still opens on the server's day.
 */
let offsetMs = 0;

export function syncServerClock(serverIso: string, phoneMs = Date.now()): void {
  const t = Date.parse(serverIso);
  if (!Number.isNaN(t)) offsetMs = t - phoneMs;
}

export function serverNow(): Date {
  return new Date(Date.now() + offsetMs);
}
