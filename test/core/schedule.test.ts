import { dailyPeriod, hourPeriod, isQuietTime, monthClosePeriod, pushTime, yesterday } from '../../src/core';

const at = (iso: string) => new Date(iso);

describe('dailyPeriod', () => {
  it('is due from the Shanghai time to the end of the Shanghai day', () => {
    expect(dailyPeriod(at('2026-11-20T01:59:59Z'), '10:00')).toBeNull(); // 09:59:59
    expect(dailyPeriod(at('2026-11-20T02:00:00Z'), '10:00')).toBe('2026-11-20');
    expect(dailyPeriod(at('2026-11-20T15:59:59Z'), '10:00')).toBe('2026-11-20'); // 23:59:59
    expect(dailyPeriod(at('2026-11-20T16:00:00Z'), '10:00')).toBeNull(); // 00:00 on the 21st
    expect(dailyPeriod(at('2026-11-20T16:00:00Z'), '00:00')).toBe('2026-11-21');
  });
});

describe('monthClosePeriod', () => {
  it('answers the previous month from the close day and time on', () => {
    expect(monthClosePeriod(at('2026-11-30T21:59:59Z'), 1, '06:00')).toBeNull(); // Dec 1 05:59:59
    expect(monthClosePeriod(at('2026-11-30T22:00:00Z'), 1, '06:00')).toBe('2026-11');
    expect(monthClosePeriod(at('2026-12-31T15:59:59Z'), 1, '06:00')).toBe('2026-11');
    expect(monthClosePeriod(at('2026-12-31T22:00:00Z'), 1, '06:00')).toBe('2026-12'); // Jan 1 06:00
    expect(monthClosePeriod(at('2026-12-02T03:00:00Z'), 3, '06:00')).toBeNull();
    expect(monthClosePeriod(at('2026-12-03T03:00:00Z'), 3, '06:00')).toBe('2026-11');
  });
});

describe('hourPeriod and yesterday', () => {
  it('use Shanghai time', () => {
    expect(hourPeriod(at('2026-11-20T16:30:00Z'))).toBe('2026-11-21T00');
    expect(yesterday(at('2026-11-30T16:00:00Z'))).toBe('2026-11-30'); // Dec 1 00:00
    expect(yesterday(at('2026-03-01T00:00:00Z'))).toBe('2026-02-28');
  });
});

describe('quiet hours', () => {
  it('span midnight: from is quiet, to is not', () => {
    expect(isQuietTime('21:29', '21:30', '07:30')).toBe(false);
    expect(isQuietTime('21:30', '21:30', '07:30')).toBe(true);
    expect(isQuietTime('03:00', '21:30', '07:30')).toBe(true);
    expect(isQuietTime('07:29', '21:30', '07:30')).toBe(true);
    expect(isQuietTime('07:30', '21:30', '07:30')).toBe(false);
  });
  it('within a day, and none when from = to', () => {
    expect(isQuietTime('12:30', '12:00', '14:00')).toBe(true);
    expect(isQuietTime('14:00', '12:00', '14:00')).toBe(false);
    expect(isQuietTime('03:00', '00:00', '00:00')).toBe(false);
  });
  it('a message due at 21:45 waits until 07:30 the next morning; at 03:00 until 07:30 that morning', () => {
    expect(pushTime(at('2026-11-20T13:45:00Z'), '21:30', '07:30').toISOString()).toBe('2026-11-20T23:30:00.000Z');
    expect(pushTime(at('2026-11-20T19:00:00Z'), '21:30', '07:30').toISOString()).toBe('2026-11-20T23:30:00.000Z');
    const noon = at('2026-11-20T04:00:00Z');
    expect(pushTime(noon, '21:30', '07:30')).toBe(noon);
    // Month and year boundary: Dec 31 22:00 → Jan 1 07:30.
    expect(pushTime(at('2026-12-31T14:00:00Z'), '21:30', '07:30').toISOString()).toBe('2026-12-31T23:30:00.000Z');
    expect(pushTime(at('2026-11-20T04:30:00Z'), '12:00', '14:00').toISOString()).toBe('2026-11-20T06:00:00.000Z');
  });
});
