import fc from 'fast-check';
import { addDays, dayLabel, monthLabel, periodLabel, shanghaiDay, shortMonthLabel, whenLabel } from '../../src/core';

describe('date labels', () => {
  it('writes days and months without leading zeros', () => {
    expect(dayLabel('2026-11-09')).toBe('11月9日');
    expect(dayLabel('2026-01-31')).toBe('1月31日');
    expect(shortMonthLabel('2026-03')).toBe('3月');
    expect(shortMonthLabel('2026-12-05')).toBe('12月');
    expect(monthLabel('2026-03')).toBe('2026年3月');
    expect(monthLabel('2027-11')).toBe('2027年11月');
  });

  it('names a year as a year and a month as a month', () => {
    expect(periodLabel('2026')).toBe('2026年度');
    expect(periodLabel('2026-07')).toBe('2026年7月');
  });

  it('shows an instant in Shanghai time, across the day and the year boundary', () => {
    expect(whenLabel('2026-11-20T00:05:00.000Z')).toBe('11月20日 08:05');
    expect(whenLabel('2026-11-19T16:00:00Z')).toBe('11月20日 00:00');
    expect(whenLabel('2026-12-31T15:59:00Z')).toBe('12月31日 23:59');
    expect(whenLabel('2026-12-31T16:00:00Z')).toBe('1月1日 00:00');
  });

  it('every day of three years reads back as its own month and day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 366 }), (n) => {
        const day = addDays('2025-01-01', n);
        const date = new Date(`${day}T00:00:00Z`);
        const [, m, d] = /^(\d{1,2})月(\d{1,2})日$/.exec(dayLabel(day)) ?? [];
        expect([Number(m), Number(d)]).toEqual([date.getUTCMonth() + 1, date.getUTCDate()]);
        expect(dayLabel(day).startsWith(shortMonthLabel(day))).toBe(true);
        // Noon in Shanghai is that same day.
        expect(whenLabel(`${day}T04:00:00Z`)).toBe(`${dayLabel(shanghaiDay(date))} 12:00`);
      }),
    );
  });
});
