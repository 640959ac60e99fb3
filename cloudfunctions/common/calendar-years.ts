import { chineseDaysSource, enteredYearsSource, layeredSource, type CalendarSource, type EnteredYear } from '../../src/core';
import type { DocDriver } from './store/driver';

/** A year's State Council schedule entered by a county admin (calendar.year.set). */
export interface CalendarYearDoc extends EnteredYear {
  _id: string;
  countyId: string;
  updatedAt: string;
  updatedBy: string | null;
}

export const calendarYearId = (countyId: string, year: number) => `${countyId}:${year}`;

export async function readCalendarYear(store: DocDriver, countyId: string, year: number): Promise<CalendarYearDoc | null> {
  return (await store.get('calendar_years', calendarYearId(countyId, year))) as unknown as CalendarYearDoc | null;
}

/**
 * The county's calendar source for a year: the bundled data when it has the year (it always wins),
 * otherwise the year the county entered, if any. One document read, only for years the package lacks.
 */
export async function countyCalendarSource(store: DocDriver, countyId: string, year: number): Promise<CalendarSource> {
  if (chineseDaysSource.hasYear(year)) return chineseDaysSource;
  const doc = await readCalendarYear(store, countyId, year);
  return doc ? layeredSource(chineseDaysSource, enteredYearsSource([doc])) : chineseDaysSource;
}
