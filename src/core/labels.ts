import { shanghaiDay, shanghaiHourMinute, type Day } from './time';

/**
 * How dates read in Chinese, for the app's pages, the messages and the exported sheets: one place,
 * so '11月' and '11月20日' never drift apart. Days and months are the store's strings
 * ('2026-11-20', '2026-11'); instants are ISO strings, shown in Shanghai time whatever the zone.
 */

/** '2026-11-09' → '11月9日'. */
export function dayLabel(day: Day): string {
  return `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
}

/** '2026-11' (or a day of it) → '11月'. */
export function shortMonthLabel(month: string): string {
  return `${Number(month.slice(5, 7))}月`;
}

/** '2026-11' → '2026年11月'. */
export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${shortMonthLabel(month)}`;
}

/** A year or a month: '2026' → '2026年度', '2026-11' → '2026年11月'. */
export function periodLabel(period: string): string {
  return period.length === 4 ? `${period}年度` : monthLabel(period);
}

/** An instant as Shanghai wall time: '2026-11-20T00:05:00Z' → '11月20日 08:05'. */
export function whenLabel(iso: string): string {
  const t = new Date(iso);
  return `${dayLabel(shanghaiDay(t))} ${shanghaiHourMinute(t)}`;
}
