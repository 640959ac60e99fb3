import data from 'chinese-days/dist/chinese-days.json';
import type { Day } from '../time';
import type { CalendarSource, ScheduleEntry } from './types';

/**
 * A schedule table: day → festival name, for holidays and make-up workdays.
 * Names may be the bare Chinese name or chinese-days' 'English,中文,n' form.
 */
export interface ScheduleTable {
  holidays: Record<Day, string>;
  workdays: Record<Day, string>;
}

function chineseName(raw: string): string {
  const parts = raw.split(',');
  return parts.length >= 2 ? parts[1] : raw;
}

/**
 * Builds a CalendarSource from a table. A year is known when the table has at
 * least one holiday in it (every published year has 元旦), so a table that simply
 * lacks a year never silently degrades to Monday–Friday.
 */
export function tableSource(table: ScheduleTable): CalendarSource {
  const years = new Set<number>();
  for (const day of Object.keys(table.holidays)) years.add(Number(day.slice(0, 4)));
  return {
    hasYear: (year) => years.has(year),
    lookup: (day): ScheduleEntry | undefined => {
      const w = table.workdays[day];
      if (w !== undefined) return { kind: 'makeup-workday', name: chineseName(w) };
      const h = table.holidays[day];
      if (h !== undefined) return { kind: 'holiday', name: chineseName(h) };
      return undefined;
    },
  };
}

/**
 * The State Council schedule as shipped by the pinned chinese-days package
 * (1.5.7: years 2004–2026). Reads its plain JSON data rather than its date API,
 * which depends on the process time zone and pulls in lunar-calendar code.
 */
export const chineseDaysSource: CalendarSource = tableSource(data as ScheduleTable);

/** Years the bundled schedule covers, ascending. */
export function knownYears(source: CalendarSource, from = 1990, to = 2100): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y += 1) if (source.hasYear(y)) out.push(y);
  return out;
}
