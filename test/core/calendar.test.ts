import fc from 'fast-check';
import data from 'chinese-days/dist/chinese-days.json';
import {
  CalendarUnknownError,
  calendarDay,
  chineseDaysSource,
  isWorkingDay,
  isWorkingKind,
  knownYears,
  monthCalendar,
  tableSource,
  type MonthCalendar,
} from '../../src/core/calendar/index';

/**
 * Working days per month, worked out by hand from the State Council notices
 * (国办发明电〔2024〕12号 for 2025; the 2026 notice of Nov 2025): Mon–Fri,
 * minus the weekday holidays, plus the make-up Saturdays/Sundays.
 * Legal holidays are 13 days in both years and both start with 104 weekend
 * days, so each year has 365 − 104 − 13 = 248 working days.
 */
const EXPECTED: Record<string, number> = {
  // 2025: Jan 23 weekdays −1 (1/1) −4 (1/28–31) +1 (1/26) = 19
  '2025-01': 19, // Feb 20 −2 (2/3,2/4) +1 (2/8) = 19
  '2025-02': 19,
  '2025-03': 21,
  '2025-04': 22, // 22 −1 (4/4) +1 (4/27)
  '2025-05': 19, // 22 −3 (5/1,5/2,5/5)
  '2025-06': 20, // 21 −1 (6/2)
  '2025-07': 23,
  '2025-08': 21,
  '2025-09': 23, // 22 +1 (9/28)
  '2025-10': 18, // 23 −6 (10/1–3, 10/6–8) +1 (10/11)
  '2025-11': 20,
  '2025-12': 23,
  // 2026
  '2026-01': 21, // 22 −2 (1/1,1/2) +1 (1/4)
  '2026-02': 16, // 20 −6 (2/16–20, 2/23) +2 (2/14, 2/28)
  '2026-03': 22,
  '2026-04': 21, // 22 −1 (4/6)
  '2026-05': 19, // 21 −3 (5/1, 5/4, 5/5) +1 (5/9)
  '2026-06': 21, // 22 −1 (6/19)
  '2026-07': 23,
  '2026-08': 21,
  '2026-09': 22, // 22 −1 (9/25) +1 (9/20)
  '2026-10': 18, // 22 −5 (10/1,2,5,6,7) +1 (10/10)
  '2026-11': 21,
  '2026-12': 23,
};

function known(month: string, overrides = [] as Parameters<typeof monthCalendar>[1]): MonthCalendar {
  const r = monthCalendar(month, overrides);
  if (!r.ok) throw new Error(`unexpected unknown ${month}`);
  return r;
}

const kindOf = (cal: MonthCalendar, day: string) => cal.days.find((d) => d.date === day)?.kind;

describe('working days per month, 2025 and 2026', () => {
  it.each(Object.entries(EXPECTED))('%s has %i working days', (month, n) => {
    expect(known(month).workingDays).toBe(n);
  });

  it.each([2025, 2026])('%i has 248 working days in total', (year) => {
    let total = 0;
    for (let m = 1; m <= 12; m += 1) total += known(`${year}-${String(m).padStart(2, '0')}`).workingDays;
    expect(total).toBe(248);
  });

  it('hand-checked: October 2025', () => {
    const cal = known('2025-10');
    const working = cal.days.filter((d) => isWorkingKind(d.kind)).map((d) => Number(d.date.slice(8)));
    expect(working).toEqual([9, 10, 11, 13, 14, 15, 16, 17, 20, 21, 22, 23, 24, 27, 28, 29, 30, 31]);
  });
});

describe('day kinds', () => {
  it('make-up workdays', () => {
    for (const d of ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']) {
      expect(calendarDay(d)).toMatchObject({ ok: true, day: { kind: 'makeup-workday' } });
    }
    for (const d of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(calendarDay(d)).toMatchObject({ ok: true, day: { kind: 'makeup-workday' } });
      expect(isWorkingDay(d)).toBe(true);
    }
    expect(calendarDay('2025-10-11')).toMatchObject({ day: { name: '国庆节' } });
  });

  it('holidays, including holiday weekdays and weekends inside a holiday', () => {
    expect(calendarDay('2026-02-16')).toEqual({ ok: true, day: { date: '2026-02-16', kind: 'holiday', name: '春节' } });
    expect(calendarDay('2026-02-15')).toMatchObject({ day: { kind: 'holiday' } }); // Sunday inside 春节
    expect(calendarDay('2025-01-01')).toMatchObject({ day: { kind: 'holiday', name: '元旦' } });
    expect(calendarDay('2025-10-06')).toMatchObject({ day: { kind: 'holiday' } });
    expect(isWorkingDay('2025-10-08')).toBe(false);
    expect(isWorkingDay('2025-10-09')).toBe(true);
  });

  it('plain weekends and workdays', () => {
    expect(calendarDay('2025-10-18')).toEqual({ ok: true, day: { date: '2025-10-18', kind: 'weekend' } });
    expect(calendarDay('2025-10-20')).toEqual({ ok: true, day: { date: '2025-10-20', kind: 'workday' } });
  });

  it('leap-year February 2024 has 29 days and is known', () => {
    const cal = known('2024-02');
    expect(cal.days).toHaveLength(29);
    expect(cal.days[28]).toMatchObject({ date: '2024-02-29', kind: 'workday' });
  });
});

describe('calendar unknown', () => {
  it('2027 is not guessed as Monday–Friday', () => {
    expect(monthCalendar('2027-01')).toEqual({
      ok: false,
      reason: 'calendar-unknown',
      year: 2027,
      message: '2027年的节假日安排还未录入，暂时无法计算工作日',
    });
    expect(calendarDay('2027-01-01')).toMatchObject({ ok: false, year: 2027 });
    expect(() => isWorkingDay('2027-01-01')).toThrow(CalendarUnknownError);
  });

  it('2028 (leap year) is unknown too', () => {
    expect(monthCalendar('2028-02')).toMatchObject({ ok: false, reason: 'calendar-unknown', year: 2028 });
    expect(() => isWorkingDay('2028-02-29')).toThrow('2028年');
  });

  it('the bundled source knows exactly the years in the package data (2004–2026)', () => {
    const years = knownYears(chineseDaysSource);
    expect(years[0]).toBe(2004);
    expect(years[years.length - 1]).toBe(2026);
    expect(years).toHaveLength(23);
    const inData = new Set(Object.keys((data as { holidays: Record<string, string> }).holidays).map((d) => d.slice(0, 4)));
    expect(years.map(String)).toEqual([...inData].sort());
  });

  it('an injected source decides what is known', () => {
    const src = tableSource({
      holidays: { '2027-01-01': '元旦' },
      workdays: { '2027-01-09': '测试补班' },
    });
    const cal = monthCalendar('2027-01', [], src);
    expect(cal.ok).toBe(true);
    if (cal.ok) {
      expect(kindOf(cal, '2027-01-01')).toBe('holiday');
      expect(kindOf(cal, '2027-01-09')).toBe('makeup-workday');
      expect(cal.workingDays).toBe(21 - 1 + 1);
    }
    expect(monthCalendar('2026-01', [], src)).toMatchObject({ ok: false, year: 2026 });
  });
});

describe('county overrides', () => {
  it("'rest' on a workday becomes a holiday named by the reason", () => {
    const cal = known('2025-10', [{ date: '2025-10-20', kind: 'rest', reason: '县庆放假' }]);
    expect(cal.workingDays).toBe(17);
    expect(cal.days[19]).toMatchObject({ kind: 'holiday', name: '县庆放假', override: { kind: 'rest' } });
  });

  it("'workday' on a weekend or holiday becomes a make-up workday", () => {
    const cal = known('2025-10', [
      { date: '2025-10-18', kind: 'workday', reason: '防汛值守' },
      { date: '2025-10-08', kind: 'workday', reason: '秋收' },
    ]);
    expect(cal.workingDays).toBe(20);
    expect(kindOf(cal, '2025-10-18')).toBe('makeup-workday');
    expect(kindOf(cal, '2025-10-08')).toBe('makeup-workday');
  });

  it('an override that agrees changes nothing; other months and bad dates are ignored', () => {
    const cal = known('2025-10', [
      { date: '2025-10-20', kind: 'workday', reason: '照常' },
      { date: '2025-11-03', kind: 'rest', reason: '别的月' },
      { date: '2025-10-32', kind: 'rest', reason: '错' },
    ]);
    expect(cal.workingDays).toBe(18);
    expect(cal.days[19]).toMatchObject({ kind: 'workday', override: { reason: '照常' } });
  });

  it('isWorkingDay honours overrides', () => {
    expect(isWorkingDay('2025-10-18', [{ date: '2025-10-18', kind: 'workday', reason: '值守' }])).toBe(true);
    expect(isWorkingDay('2025-10-20', [{ date: '2025-10-20', kind: 'rest', reason: '停电' }])).toBe(false);
  });
});

describe('properties', () => {
  const monthArb = fc
    .tuple(fc.integer({ min: 2004, max: 2026 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
  const overridesArb = (month: string) =>
    fc.array(
      fc.record({
        date: fc.integer({ min: 1, max: 28 }).map((d) => `${month}-${String(d).padStart(2, '0')}`),
        kind: fc.constantFrom('workday' as const, 'rest' as const),
        reason: fc.constant('调整'),
      }),
      { maxLength: 6 },
    );

  it('workingDays = count of workday + make-up workday days; overrides are applied', () => {
    fc.assert(
      fc.property(
        monthArb.chain((m) => fc.tuple(fc.constant(m), overridesArb(m))),
        ([month, overrides]) => {
          const cal = known(month, overrides);
          expect(cal.workingDays).toBe(cal.days.filter((d) => d.kind === 'workday' || d.kind === 'makeup-workday').length);
          const last = new Map(overrides.map((o) => [o.date, o.kind]));
          for (const [date, kind] of last) {
            expect(isWorkingKind(kindOf(cal, date)!)).toBe(kind === 'workday');
          }
        },
      ),
    );
  });

  it('every year outside 2004–2026 is unknown', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1900, max: 2003 }), fc.integer({ min: 2027, max: 2200 })), (y) => {
        expect(monthCalendar(`${y}-06`)).toMatchObject({ ok: false, reason: 'calendar-unknown', year: y });
      }),
    );
  });
});
