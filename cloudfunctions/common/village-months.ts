import type { PersonMonthDoc } from './month';

/** A cadre's days of a month, as the rollup keeps them (without the first clock-in times: only their own home shows those). */
export type MemberMonth = Pick<PersonMonthDoc, 'presentDays' | 'fieldDays' | 'officialDays' | 'leaveDays' | 'diaries'>;

/**
 * One village's month: its cadres' month rollups in one document, written in the same transaction
 * as each rollup (`writeRollup`), so a county's month reads one document per village instead of
 * one per cadre. A rollup counts for the village it was kept for, here as in `person_months`.
 */
export interface VillageMonthDoc {
  _id: string;
  villageId: string;
  townshipId: string;
  countyId: string;
  month: string;
  members: Record<string, MemberMonth>;
}

export const villageMonthId = (villageId: string, month: string) => `${villageId}:${month}`;

export function memberMonth(doc: PersonMonthDoc): MemberMonth {
  const { presentDays, fieldDays, officialDays, leaveDays, diaries } = doc;
  return { presentDays, fieldDays, officialDays, leaveDays, diaries };
}
