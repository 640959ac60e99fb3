import fc from 'fast-check';
import {
  addDays,
  dayStart,
  daysBetween,
  daysOfMonth,
  isValidDay,
  isValidMonth,
  monthOf,
  nextMonth,
  prevMonth,
  shanghaiDay,
  shanghaiHourMinute,
  shanghaiMonth,
  weekday,
} from '../../src/core/time';

describe('Shanghai day boundaries (independent of process TZ)', () => {
  it('23:59:59 Shanghai is still the same day, 00:00:00 is the next', () => {
    // 2025-10-10 23:59:59 +08:00 == 2025-10-10T15:59:59Z
    expect(shanghaiDay(new Date('2025-10-10T15:59:59Z'))).toBe('2025-10-10');
    expect(shanghaiDay(new Date('2025-10-10T15:59:59.999Z'))).toBe('2025-10-10');
    expect(shanghaiDay(new Date('2025-10-10T16:00:00Z'))).toBe('2025-10-11');
    expect(shanghaiHourMinute(new Date('2025-10-10T15:59:59Z'))).toBe('23:59');
    expect(shanghaiHourMinute(new Date('2025-10-10T16:00:00Z'))).toBe('00:00');
  });

  it('UTC midnight is 08:00 in Shanghai, same day', () => {
    expect(shanghaiDay(new Date('2025-03-01T00:00:00Z'))).toBe('2025-03-01');
    expect(shanghaiHourMinute(new Date('2025-03-01T00:00:00Z'))).toBe('08:00');
    expect(shanghaiDay(new Date('2025-02-28T23:30:00Z'))).toBe('2025-03-01');
  });

  it('month and year turn over at Shanghai midnight', () => {
    expect(shanghaiMonth(new Date('2025-12-31T15:59:59Z'))).toBe('2025-12');
    expect(shanghaiMonth(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01');
    expect(shanghaiDay(new Date('2024-02-29T16:00:00Z'))).toBe('2024-03-01');
  });

  it('dayStart is 16:00 UTC of the previous day', () => {
    expect(dayStart('2025-10-11').toISOString()).toBe('2025-10-10T16:00:00.000Z');
    expect(dayStart('2026-01-01').toISOString()).toBe('2025-12-31T16:00:00.000Z');
  });

  it('rejects invalid instants and days', () => {
    expect(() => shanghaiDay(new Date('nope'))).toThrow('无效的时间');
    expect(() => dayStart('2025-02-29')).toThrow('无效的日期');
    expect(() => addDays('2025-01-01', 1.5)).toThrow();
  });
});

describe('day and month arithmetic', () => {
  it('validates days and months', () => {
    expect(isValidDay('2024-02-29')).toBe(true);
    expect(isValidDay('2025-02-29')).toBe(false);
    expect(isValidDay('2028-02-29')).toBe(true);
    expect(isValidDay('2025-13-01')).toBe(false);
    expect(isValidDay('2025-1-01')).toBe(false);
    expect(isValidDay('2025-04-31')).toBe(false);
    expect(isValidMonth('2025-12')).toBe(true);
    expect(isValidMonth('2025-00')).toBe(false);
    expect(isValidMonth('2025-1')).toBe(false);
  });

  it('counts days of months, leap February included', () => {
    expect(daysOfMonth('2024-02')).toHaveLength(29);
    expect(daysOfMonth('2025-02')).toHaveLength(28);
    expect(daysOfMonth('2028-02')).toHaveLength(29);
    expect(daysOfMonth('2100-02')).toHaveLength(28);
    expect(daysOfMonth('2000-02')).toHaveLength(29);
    expect(daysOfMonth('2025-10')[30]).toBe('2025-10-31');
  });

  it('adds days across months and years', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('knows weekdays', () => {
    expect(weekday('2025-10-11')).toBe(6); // Saturday make-up workday
    expect(weekday('2026-02-14')).toBe(6);
    expect(weekday('2026-02-16')).toBe(1);
    expect(weekday('2025-01-01')).toBe(3);
  });

  it('steps months', () => {
    expect(prevMonth('2025-01')).toBe('2024-12');
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(monthOf('2025-10-11')).toBe('2025-10');
  });
});

const dayArb = fc
  .date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('properties', () => {
  it('shanghaiDay(dayStart(d)) == d, and one ms earlier is the previous day', () => {
    fc.assert(
      fc.property(dayArb, (d) => {
        expect(shanghaiDay(dayStart(d))).toBe(d);
        expect(shanghaiDay(new Date(dayStart(d).getTime() - 1))).toBe(addDays(d, -1));
        expect(shanghaiHourMinute(dayStart(d))).toBe('00:00');
      }),
    );
  });

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -2000, max: 2000 }), (d, n) => {
        const e = addDays(d, n);
        expect(isValidDay(e)).toBe(true);
        expect(daysBetween(d, e)).toBe(n);
        expect((weekday(d) + ((n % 7) + 7)) % 7).toBe(weekday(e));
      }),
    );
  });

  it('every instant falls in a day whose start is at most 24 h before it', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1995-01-01'), max: new Date('2099-01-01'), noInvalidDate: true }), (t) => {
        const start = dayStart(shanghaiDay(t)).getTime();
        expect(t.getTime() - start).toBeGreaterThanOrEqual(0);
        expect(t.getTime() - start).toBeLessThan(86400000);
      }),
    );
  });

  it('months: next(prev(m)) == m and days belong to their month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1995, max: 2099 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        expect(nextMonth(prevMonth(month))).toBe(month);
        for (const d of daysOfMonth(month)) expect(monthOf(d)).toBe(month);
      }),
    );
  });
});
