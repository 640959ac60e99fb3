import {
  calendarDay,
  chineseDaysSource,
  enteredYearProblems,
  enteredYearsSource,
  isWorkingDay,
  layeredSource,
  monthCalendar,
  normalizeEnteredYear,
  yearToEnter,
  type EnteredYear,
  type MonthCalendar,
} from '../../src/core/calendar/index';

/** A plausible 2027 schedule (the real notice is published in November 2026). */
const Y2027: EnteredYear = {
  year: 2027,
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-13' },
    { name: '清明节', from: '2027-04-03', to: '2027-04-05' },
    { name: '劳动节', from: '2027-05-01', to: '2027-05-05' },
    { name: '端午节', from: '2027-06-09', to: '2027-06-09' },
    { name: '中秋节', from: '2027-09-15', to: '2027-09-15' },
    { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
  ],
  makeupWorkdays: ['2027-01-31', '2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09'],
};

const source = layeredSource(chineseDaysSource, enteredYearsSource([Y2027]));
const ok = (month: string, s = source) => {
  const r = monthCalendar(month, [], s);
  if (!r.ok) throw new Error(r.message);
  return r as MonthCalendar;
};
const kindOf = (cal: MonthCalendar, day: string) => cal.days.find((d) => d.date === day);

describe('an entered year as a calendar source', () => {
  it('answers calendar-unknown for 2027 without the entered year, and a full month with it', () => {
    expect(monthCalendar('2027-01')).toMatchObject({ ok: false, reason: 'calendar-unknown', year: 2027 });
    const jan = ok('2027-01');
    expect(jan.days).toHaveLength(31);
    expect(kindOf(jan, '2027-01-01')).toEqual({ date: '2027-01-01', kind: 'holiday', name: '元旦' });
    expect(kindOf(jan, '2027-01-02')).toEqual({ date: '2027-01-02', kind: 'holiday', name: '元旦' });
    expect(kindOf(jan, '2027-01-03')).toEqual({ date: '2027-01-03', kind: 'holiday', name: '元旦' });
    expect(kindOf(jan, '2027-01-04')).toEqual({ date: '2027-01-04', kind: 'workday' });
    expect(kindOf(jan, '2027-01-09')).toEqual({ date: '2027-01-09', kind: 'weekend' });
    // month boundary: the make-up Sunday before 春节 sits in January and is named after 春节
    expect(kindOf(jan, '2027-01-31')).toEqual({ date: '2027-01-31', kind: 'makeup-workday', name: '春节' });
    expect(jan.workingDays).toBe(21); // 21 weekdays −1 (1/1) +1 (1/31)
  });

  it('counts February 2027 with 春节 and its make-up Saturday', () => {
    const feb = ok('2027-02');
    expect(feb.days).toHaveLength(28);
    for (const d of ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-10', '2027-02-13']) expect(kindOf(feb, d)?.kind).toBe('holiday');
    expect(kindOf(feb, '2027-02-14')?.kind).toBe('weekend');
    expect(kindOf(feb, '2027-02-15')?.kind).toBe('workday');
    expect(kindOf(feb, '2027-02-20')).toEqual({ date: '2027-02-20', kind: 'makeup-workday', name: '春节' });
    expect(feb.workingDays).toBe(15); // 20 weekdays −6 (2/5, 2/8–12) +1 (2/20)
  });

  it('counts the other months by hand', () => {
    expect(ok('2027-04').workingDays).toBe(22); // 22 −1 (4/5) +1 (4/25)
    expect(ok('2027-05').workingDays).toBe(19); // 21 −3 (5/3–5) +1 (5/8)
    expect(ok('2027-06').workingDays).toBe(21); // 22 −1 (6/9)
    expect(ok('2027-09').workingDays).toBe(22); // 22 −1 (9/15) +1 (9/26)
    expect(ok('2027-10').workingDays).toBe(17); // 21 −5 (10/1, 10/4–7) +1 (10/9)
    expect(ok('2027-12').workingDays).toBe(23);
    expect(kindOf(ok('2027-04'), '2027-04-25')?.name).toBe('劳动节'); // nearer to 劳动节 than to 清明节
    expect(kindOf(ok('2027-09'), '2027-09-26')?.name).toBe('国庆节');
  });

  it('keeps county overrides on top and answers single days and isWorkingDay', () => {
    const r = monthCalendar('2027-01', [{ date: '2027-01-04', kind: 'rest', reason: '防汛调休' }], source);
    expect(r.ok && kindOf(r, '2027-01-04')).toMatchObject({ kind: 'holiday', name: '防汛调休' });
    expect(calendarDay('2027-01-31', [], source)).toEqual({ ok: true, day: { date: '2027-01-31', kind: 'makeup-workday', name: '春节' } });
    expect(isWorkingDay('2027-01-01', [], source)).toBe(false);
    expect(isWorkingDay('2027-01-31', [], source)).toBe(true);
    expect(() => isWorkingDay('2028-01-03', [], source)).toThrow('2028年');
  });

  it('lets the bundled data win for the years it covers', () => {
    const fake2026 = enteredYearsSource([{ year: 2026, holidays: [{ name: '假', from: '2026-12-01', to: '2026-12-05' }], makeupWorkdays: [] }]);
    const layered = layeredSource(chineseDaysSource, fake2026);
    expect(ok('2026-12', layered)).toEqual(ok('2026-12', chineseDaysSource));
    expect(ok('2026-10', layered).workingDays).toBe(ok('2026-10', chineseDaysSource).workingDays);
  });

  it('is the same under any process time zone (days are plain strings)', () => {
    expect(ok('2027-03').days.map((d) => d.kind).filter((k) => k === 'weekend')).toHaveLength(8);
    expect(ok('2027-03').days[0]).toEqual({ date: '2027-03-01', kind: 'workday' });
  });
});

describe('checking an entered year', () => {
  const problems = (y: Partial<EnteredYear>) => enteredYearProblems({ ...Y2027, ...y }, chineseDaysSource);

  it('accepts the plausible 2027 schedule', () => {
    expect(problems({})).toEqual([]);
  });

  it('refuses a year the bundled data covers, and years out of range', () => {
    expect(problems({ year: 2026 })).toEqual(['2026年的节假日安排已内置，无需录入。']);
    expect(problems({ year: 1999 })).toEqual(['年份应在 2000–2100 之间。']);
    expect(problems({ year: 2027.5 })).toEqual(['年份应在 2000–2100 之间。']);
  });

  it('refuses days outside the year, reversed and too long periods, empty names', () => {
    expect(problems({ holidays: [{ name: '元旦', from: '2026-12-31', to: '2027-01-02' }], makeupWorkdays: [] })).toEqual(['第 1 个假期（元旦）：日期应在 2027 年内。']);
    expect(problems({ holidays: [{ name: '春节', from: '2027-02-13', to: '2027-02-05' }], makeupWorkdays: [] })).toEqual(['第 1 个假期（春节）：结束日期早于开始日期。']);
    expect(problems({ holidays: [{ name: '春节', from: '2027-02-01', to: '2027-02-16' }], makeupWorkdays: [] })).toEqual(['第 1 个假期（春节）：一个假期最多 15 天。']);
    expect(problems({ holidays: [{ name: ' ', from: '2027-01-01', to: '2027-01-01' }], makeupWorkdays: [] })).toEqual(['第 1 个假期：请填写名称。']);
    expect(problems({ holidays: [{ name: '元旦', from: '2027-02-30', to: '2027-03-01' }], makeupWorkdays: [] })).toEqual(['第 1 个假期（元旦）：日期应在 2027 年内。']);
    expect(problems({ holidays: [], makeupWorkdays: [] })).toEqual(['请至少填写一个假期（如元旦）。']);
  });

  it('refuses overlapping holidays', () => {
    const holidays = [
      { name: '春节', from: '2027-02-05', to: '2027-02-13' },
      { name: '元宵', from: '2027-02-13', to: '2027-02-14' },
    ];
    expect(problems({ holidays, makeupWorkdays: [] })).toEqual(['假期“春节”和“元宵”的日期重叠。']);
  });

  it('refuses make-up workdays on weekdays, inside a holiday, outside the year, twice, or too many', () => {
    expect(problems({ makeupWorkdays: ['2027-02-19'] })).toEqual(['调休上班日 2027-02-19 不是周六或周日。']);
    expect(problems({ makeupWorkdays: ['2027-02-06'] })).toEqual(['调休上班日 2027-02-06 在假期之内。']);
    expect(problems({ makeupWorkdays: ['2028-01-01'] })).toEqual(['调休上班日 2028-01-01 不在 2027 年内。']);
    expect(problems({ makeupWorkdays: ['2027-02-20', '2027-02-20'] })).toEqual(['调休上班日 2027-02-20 重复了。']);
    const many = Array.from({ length: 13 }, (_, i) => `2027-03-${String(6 + 7 * (i % 4)).padStart(2, '0')}`);
    expect(problems({ makeupWorkdays: many })).toContain('调休上班日最多 12 天。');
  });

  it('normalizes names and order', () => {
    const y = normalizeEnteredYear({ year: 2027, holidays: [{ name: ' 春节 ', from: '2027-02-05', to: '2027-02-13' }, { name: '元旦', from: '2027-01-01', to: '2027-01-03' }], makeupWorkdays: ['2027-02-20', '2027-01-31', '2027-01-31'] });
    expect(y).toEqual({ year: 2027, holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }, { name: '春节', from: '2027-02-05', to: '2027-02-13' }], makeupWorkdays: ['2027-01-31', '2027-02-20'] });
  });
});

describe('which year admins should enter (yearToEnter)', () => {
  const known = (...years: number[]) => (y: number) => years.includes(y);
  it('asks for next year from 1 November while it is missing, and for this year once it has begun', () => {
    expect(yearToEnter('2026-10-31', known(2026))).toBeNull();
    expect(yearToEnter('2026-11-01', known(2026))).toEqual({ year: 2027, started: false });
    expect(yearToEnter('2026-12-31', known(2026))).toEqual({ year: 2027, started: false });
    expect(yearToEnter('2026-11-01', known(2026, 2027))).toBeNull();
    expect(yearToEnter('2027-01-01', known(2026))).toEqual({ year: 2027, started: true });
    expect(yearToEnter('2027-06-30', known(2027))).toBeNull();
    expect(yearToEnter('2025-11-20', (y) => chineseDaysSource.hasYear(y))).toBeNull();
  });
});
