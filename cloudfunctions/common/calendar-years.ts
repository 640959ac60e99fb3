import {
  chineseDaysSource,
  enteredYearProblems,
  enteredYearsSource,
  layeredSource,
  normalizeEnteredYear,
  yearToEnter,
  type CalendarSource,
  type Day,
  type EnteredYear,
} from '../../src/core';
import type { DocDriver, DocTx } from './store/driver';

/**
 * A year's State Council schedule (国务院办公厅关于XXXX年部分节假日安排的通知) that the bundled data
 * lacks, entered once for the whole deployment (calendar.year.set): collection `calendar_years`,
 * document id = the year ("2027"). The schedule is the same for every county, so no county enters
 * it again; each county keeps only its own overrides (`calendar_overrides`).
 */
export interface NationalYearDoc extends EnteredYear {
  _id: string;
  /** The county of the admin who entered or last corrected it (the audit entry is that county's). */
  countyId: string | null;
  updatedAt: string;
  /** Person id, null for the demo seed. */
  updatedBy: string | null;
  /** Sample data from the local demo seed, not a published notice: the page marks it 演示数据. */
  demo?: boolean;
}

export const nationalYearId = (year: number) => String(year);

/**
 * Before the schedule was national, each county entered its own as `<countyId>:<year>`. Such a
 * document is still read for its county while the national one is absent (readYearFor), and never
 * written again: the first national entry of the year takes over for every county.
 */
const legacyCountyYearId = (countyId: string, year: number) => `${countyId}:${year}`;

export async function readNationalYear(store: DocTx, year: number): Promise<NationalYearDoc | null> {
  return store.get('calendar_years', nationalYearId(year));
}

/** The entered schedule a county uses for a year: the national one, else its own legacy entry (see above). */
export async function readYearFor(store: DocTx, countyId: string, year: number): Promise<NationalYearDoc | null> {
  const national = await readNationalYear(store, year);
  if (national) return national;
  return store.get('calendar_years', legacyCountyYearId(countyId, year));
}

/**
 * Writes the national schedule of a year, checked and in stable form (the handler's entry and the
 * demo seed both go through here). Throws on a schedule `enteredYearProblems` refuses, a year the
 * bundled data covers included: callers check first and answer in plain Chinese.
 */
export async function writeNationalYear(
  store: DocTx,
  entry: EnteredYear & { countyId: string | null; updatedAt: string; updatedBy: string | null; demo?: boolean },
): Promise<NationalYearDoc> {
  const problems = enteredYearProblems(entry, chineseDaysSource);
  if (problems.length) throw new Error(`bad schedule for ${entry.year}: ${problems.join(' ')}`);
  const doc: NationalYearDoc = {
    _id: nationalYearId(entry.year),
    ...normalizeEnteredYear(entry),
    countyId: entry.countyId,
    updatedAt: entry.updatedAt,
    updatedBy: entry.updatedBy,
    ...(entry.demo ? { demo: true } : {}),
  };
  await store.put('calendar_years', doc);
  return doc;
}

/** Whether the county's calendar has the year: bundled, or entered (no read for bundled years). */
export async function yearKnown(store: DocDriver, countyId: string, year: number): Promise<boolean> {
  return chineseDaysSource.hasYear(year) || (await readYearFor(store, countyId, year)) !== null;
}

/** The year whose schedule admins should enter on `today`, if any (yearToEnter); at most two reads. */
export async function pendingYear(store: DocDriver, countyId: string, today: Day): Promise<{ year: number; started: boolean } | null> {
  const year = Number(today.slice(0, 4));
  const [thisYear, nextYear] = await Promise.all([yearKnown(store, countyId, year), yearKnown(store, countyId, year + 1)]);
  return yearToEnter(today, (y) => (y === year ? thisYear : nextYear));
}

/**
 * The county's calendar source for a year: the bundled data when it has the year (it always wins,
 * so a newer package silently takes over), otherwise the national entry. One document read, only
 * for years the package lacks.
 */
export async function countyCalendarSource(store: DocDriver, countyId: string, year: number): Promise<CalendarSource> {
  if (chineseDaysSource.hasYear(year)) return chineseDaysSource;
  const doc = await readYearFor(store, countyId, year);
  return doc ? layeredSource(chineseDaysSource, enteredYearsSource([doc])) : chineseDaysSource;
}
