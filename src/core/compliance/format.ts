import type { Day } from '../time';

/** '2025-10-09' → '10月9日'. */
export function dayLabel(day: Day): string {
  return `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
}

/** Lists at most `max` days in Chinese, then '等N天'. */
export function dayList(days: readonly Day[], max = 5): string {
  const shown = days.slice(0, max).map(dayLabel).join('、');
  return days.length > max ? `${shown}等${days.length}天` : shown;
}
