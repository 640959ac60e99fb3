import type { MonthCalendar } from '../calendar/types';
import { dayLabel } from '../labels';
import type { Day } from '../time';
import type { Stationing } from './days';


/**
 * The stationing bounds that cut into the month, for reasons: '（11月10日起）', '（至11月20日）',
 * '（11月10日至11月20日）'; '' when stationed the whole month.
 */
export function stationingNote(person: Stationing, calendar: MonthCalendar): string {
  const first = calendar.days[0].date;
  const last = calendar.days[calendar.days.length - 1].date;
  const from = person.stationedFrom && person.stationedFrom > first && person.stationedFrom <= last ? person.stationedFrom : null;
  const until = person.stationedUntil && person.stationedUntil >= first && person.stationedUntil < last ? person.stationedUntil : null;
  if (from && until) return `（${dayLabel(from)}至${dayLabel(until)}）`;
  if (from) return `（${dayLabel(from)}起）`;
  if (until) return `（至${dayLabel(until)}）`;
  return '';
}

/** Lists at most `max` days in Chinese, then '等N天'. */
export function dayList(days: readonly Day[], max = 5): string {
  const shown = days.slice(0, max).map(dayLabel).join('、');
  return days.length > max ? `${shown}等${days.length}天` : shown;
}
