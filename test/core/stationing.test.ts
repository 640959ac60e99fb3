import {
  isStationed,
  personMonthCompliance,
  personWorkingDays,
  presenceProjection,
  stationedInMonth,
  stationingNote,
  teamCoverage,
  unexcusedAbsences,
} from '../../src/core/compliance/index';
import { buildMyMonth } from '../../src/core/my-month/index';
import { cal, ctx, diariesAt, OCT25_WORKING, person } from './helpers';

// October 2025: 国庆 and 中秋 1–8, make-up workday Saturday the 11th; 18 working days.
const oct = (d: number) => `2025-10-${String(d).padStart(2, '0')}`;
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => oct(a + i));

describe('stationing: days outside a cadre’s posting are never judged', () => {
  it('isStationed: open bounds, both ends inclusive', () => {
    expect(isStationed({}, '2025-10-01')).toBe(true);
    expect(isStationed({ stationedFrom: null, stationedUntil: null }, '1999-01-01')).toBe(true);
    expect(isStationed({ stationedFrom: oct(13) }, oct(12))).toBe(false);
    expect(isStationed({ stationedFrom: oct(13) }, oct(13))).toBe(true);
    expect(isStationed({ stationedUntil: oct(17) }, oct(17))).toBe(true);
    expect(isStationed({ stationedUntil: oct(17) }, oct(18))).toBe(false);
  });

  it.each([
    // [from, until, working days of the cadre in October 2025]
    [null, null, 18],
    [oct(1), null, 18],
    [oct(5), null, 18], // arrived during the holiday: every working day still ahead
    [oct(11), null, 16], // the make-up Saturday counts
    [oct(12), null, 15],
    [oct(13), null, 15],
    [null, oct(10), 2],
    [null, oct(17), 8],
    [oct(13), oct(24), 10],
    [oct(31), null, 1],
    ['2025-11-03', null, 0],
    [null, '2025-09-30', 0],
  ])('from %s until %s → %i working days', (from, until, n) => {
    expect(personWorkingDays({ stationedFrom: from, stationedUntil: until }, cal('2025-10'))).toHaveLength(n);
  });

  it('stationedInMonth: any calendar day of the month counts, rest days included', () => {
    expect(stationedInMonth({}, '2025-10')).toBe(true);
    expect(stationedInMonth({ stationedFrom: oct(31) }, '2025-10')).toBe(true);
    expect(stationedInMonth({ stationedUntil: oct(1) }, '2025-10')).toBe(true); // a holiday
    expect(stationedInMonth({ stationedFrom: '2025-09-20', stationedUntil: '2025-11-02' }, '2025-10')).toBe(true);
    expect(stationedInMonth({ stationedFrom: '2025-11-01' }, '2025-10')).toBe(false);
    expect(stationedInMonth({ stationedUntil: '2025-09-30' }, '2025-10')).toBe(false);
    expect(stationedInMonth({ stationedFrom: '2024-10-01', stationedUntil: '2024-12-31' }, '2025-10')).toBe(false);
  });

  it('stationingNote names only the bounds that cut into the month', () => {
    const c = cal('2025-10');
    expect(stationingNote({}, c)).toBe('');
    expect(stationingNote({ stationedFrom: oct(1), stationedUntil: oct(31) }, c)).toBe('');
    expect(stationingNote({ stationedFrom: '2025-09-15', stationedUntil: '2025-12-01' }, c)).toBe('');
    expect(stationingNote({ stationedFrom: oct(13) }, c)).toBe('（10月13日起）');
    expect(stationingNote({ stationedUntil: oct(17) }, c)).toBe('（至10月17日）');
    expect(stationingNote({ stationedFrom: oct(13), stationedUntil: oct(24) }, c)).toBe('（10月13日至10月24日）');
  });

  it('arriving on the 13th: required ⌈2/3 × 15⌉ = 10, the 9th–11th are not absences', () => {
    const p = person({ stationedFrom: oct(13), presentDays: range(13, 24).filter((d) => OCT25_WORKING.includes(d)), diaries: diariesAt(range(13, 24)) });
    const r = personMonthCompliance(p, ctx('2025-10'));
    expect(r.workingDays).toBe(15);
    expect(r.requiredDays).toBe(10);
    expect(r.presentDays).toBe(10);
    expect(r.unexcusedAbsences).toEqual([oct(27), oct(28), oct(29), oct(30), oct(31)]);
    expect(r.rules[0]).toEqual({ rule: 'presence', status: 'pass', reason: '本月驻村期间（10月13日起）工作日15天，驻村10天，达到要求的10天' });
  });

  it('the same record with no stationing dates is judged on the whole month', () => {
    const p = person({ presentDays: range(13, 24).filter((d) => OCT25_WORKING.includes(d)) });
    const r = personMonthCompliance(p, ctx('2025-10'));
    expect(r.requiredDays).toBe(12);
    expect(r.unexcusedAbsences).toEqual([oct(9), oct(10), oct(11), oct(27), oct(28), oct(29), oct(30), oct(31)]);
    expect(r.rules[0].status).toBe('fail');
  });

  it('recalled after the 17th: judged on 8 working days; later clock-ins are not credited', () => {
    const p = person({ stationedUntil: oct(17), presentDays: [oct(9), oct(10), oct(11), oct(13), oct(14), oct(15), oct(20), oct(21)] });
    const r = personMonthCompliance(p, ctx('2025-10'));
    expect(r.workingDays).toBe(8);
    expect(r.requiredDays).toBe(6);
    expect(r.presentDays).toBe(6);
    expect(r.unexcusedAbsences).toEqual([oct(16), oct(17)]);
    expect(r.rules[0]).toMatchObject({ status: 'pass', reason: expect.stringContaining('本月驻村期间（至10月17日）工作日8天') });
  });

  it('projection mid-month counts only days left within the stationing', () => {
    const arrived = person({ stationedFrom: oct(13), presentDays: [oct(13), oct(14), oct(15), oct(16)] });
    const p = presenceProjection(arrived, ctx('2025-10', oct(20)));
    expect(p).toMatchObject({ requiredDays: 10, presentDays: 4, neededDays: 6, remainingDays: 10, status: 'on-track' });
    const leaving = person({ stationedUntil: oct(22), presentDays: [oct(9), oct(10), oct(13)] });
    const q = presenceProjection(leaving, ctx('2025-10', oct(20)));
    // 11 working days (9,10,11,13–17,20–22) → 8 required; 3 done; 20,21,22 left: cannot reach.
    expect(q).toMatchObject({ requiredDays: 8, presentDays: 3, neededDays: 5, remainingDays: 3, status: 'cannot-reach' });
  });

  it('unexcusedAbsences stop at today and at the stationing', () => {
    const p = person({ stationedFrom: oct(15) });
    expect(unexcusedAbsences(p, ctx('2025-10', oct(17)))).toEqual([oct(15), oct(16)]);
  });

  it('team coverage skips the days nobody was posted, and not one more', () => {
    const leaver = person({ personId: 'a', stationedUntil: oct(10), presentDays: range(1, 10) });
    const arriver = person({ personId: 'b', stationedFrom: oct(13), presentDays: range(13, 31) });
    const r = teamCoverage([leaver, arriver], ctx('2025-10'));
    expect(r.judgedDays).toBe(29);
    expect(r.gapDays).toEqual([]);
    // The leaver's clock-in after leaving covers nothing.
    const late = person({ personId: 'a', stationedUntil: oct(10), presentDays: [...range(1, 10), oct(13)] });
    const gap = teamCoverage([late, person({ personId: 'b', stationedFrom: oct(13), presentDays: range(14, 31) })], ctx('2025-10'));
    expect(gap.gapDays).toEqual([oct(13)]);
  });

  it('my month: days before the posting read 未驻村, and the summary counts the posting’s working days', () => {
    const record = person({ stationedFrom: oct(13), presentDays: [oct(13)] });
    const m = buildMyMonth({ record, ctx: ctx('2025-10', oct(14)), clockIns: [], leaves: [], flags: [] });
    const day = (d: string) => m.days.find((x) => x.date === d)!;
    expect(day(oct(10))).toMatchObject({ status: 'off-post', label: '未驻村' });
    expect(day(oct(12))).toMatchObject({ status: 'off-post' });
    expect(day(oct(13))).toMatchObject({ status: 'present' });
    expect(day(oct(14))).toMatchObject({ status: 'today' });
    expect(m.summary).toMatchObject({ workingDays: 15, requiredDays: 10, unexcusedAbsences: 0 });
  });
});
