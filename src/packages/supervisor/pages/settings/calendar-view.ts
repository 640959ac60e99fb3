import type { OutputOf } from '../../../../../types';
import type { calendarMonth } from '../../../../../types/actions/calendar';
import { weekday } from '../../../../core/time';

export type CalendarMonthOut = OutputOf<typeof calendarMonth>;
export type CalendarDayOut = CalendarMonthOut['days'][number];

const KIND_LABELS: Record<CalendarDayOut['kind'], string> = {
  workday: '工作日',
  weekend: '周末',
  holiday: '节假日',
  'makeup-workday': '调休上班',
};

/** The short mark under the day number in the month grid. */
export function dayMark(d: CalendarDayOut): string {
  if (d.override?.kind === 'rest') return '休息日';
  if (d.override?.kind === 'workday') return '加班日';
  if (d.kind === 'holiday') return '休';
  if (d.kind === 'makeup-workday') return '班';
  return '';
}

/** The day in one sentence: 2026-10-01 国庆节 · 节假日; with a county change, its reason. */
export function dayLine(d: CalendarDayOut): string {
  if (d.override?.kind === 'rest') return `本县调整为休息日：${d.override.reason}`;
  if (d.override?.kind === 'workday') return `本县调整为加班日：${d.override.reason}`;
  return d.name ? `${d.name} · ${KIND_LABELS[d.kind]}` : KIND_LABELS[d.kind];
}

export const isWorking = (d: CalendarDayOut) => d.kind === 'workday' || d.kind === 'makeup-workday';

/** What the county admin may do with a day: change it, or undo the county's change. */
export function dayAction(d: CalendarDayOut): { kind: 'workday' | 'rest' | null; label: string } {
  if (d.override) return { kind: null, label: '取消本县调整' };
  return isWorking(d) ? { kind: 'rest', label: '设为休息日' } : { kind: 'workday', label: '设为加班日' };
}

/** The month as weeks of 7 cells, Monday first; blanks before the 1st and after the last day. */
export function weeksOf(days: CalendarDayOut[]): (CalendarDayOut | null)[][] {
  if (days.length === 0) return [];
  const lead = (weekday(days[0].date) + 6) % 7;
  const cells: (CalendarDayOut | null)[] = [...Array<null>(lead).fill(null), ...days];
  while (cells.length % 7) cells.push(null);
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
