import { enteredYearProblems, type EnteredYear, type HolidayPeriod } from '../../../../core/calendar/entered-year';

/** The holidays of a State Council notice, in calendar order: the name a new row starts with. */
export const USUAL_HOLIDAYS = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];

export interface YearDraft {
  holidays: HolidayPeriod[];
  makeupWorkdays: string[];
}

/** A new form: 元旦 on 1 January (every year has it), no make-up workdays yet. */
export function emptyYearDraft(year: number): YearDraft {
  return { holidays: [{ name: '元旦', from: `${year}-01-01`, to: `${year}-01-01` }], makeupWorkdays: [] };
}

/** A new holiday row, named after the next usual holiday not in the form yet. */
export function addHoliday(d: YearDraft): YearDraft {
  const name = USUAL_HOLIDAYS.find((n) => !d.holidays.some((h) => h.name.trim() === n)) ?? '';
  return { ...d, holidays: [...d.holidays, { name, from: '', to: '' }] };
}

/** Changes one holiday row; a first day after the last day moves the last day along. */
export function setHoliday(d: YearDraft, i: number, patch: Partial<HolidayPeriod>): YearDraft {
  const holidays = d.holidays.map((h, j) => {
    if (j !== i) return h;
    const next = { ...h, ...patch };
    if (patch.from && (!next.to || next.to < patch.from)) next.to = patch.from;
    return next;
  });
  return { ...d, holidays };
}

export const removeAt = <T>(list: T[], i: number): T[] => list.filter((_, j) => j !== i);

/**
 * What stops the form from being saved, in plain Chinese: missing dates first, then the same checks
 * the server makes (the bundled years are not in the app, so the server answers those).
 */
export function yearDraftProblems(year: number, d: YearDraft): string[] {
  const missing: string[] = [];
  d.holidays.forEach((h, i) => {
    if (!h.from || !h.to) missing.push(`第 ${i + 1} 个假期${h.name.trim() ? `（${h.name.trim()}）` : ''}：请选择日期。`);
  });
  if (d.makeupWorkdays.some((x) => !x)) missing.push('有调休上班日还没选日期。');
  if (missing.length) return missing;
  const none = { hasYear: () => false, lookup: () => undefined };
  return enteredYearProblems(toEnteredYear(year, d), none);
}

export function toEnteredYear(year: number, d: YearDraft): EnteredYear {
  return { year, holidays: d.holidays.map((h) => ({ ...h, name: h.name.trim() })), makeupWorkdays: d.makeupWorkdays };
}
