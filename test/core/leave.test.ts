import {
  approverLevelFor,
  checkLeaveSpan,
  findOverlap,
  isReturnOverdue,
  leaveDayCount,
  leaveDays,
  leaveDaysByMonth,
  leaveDaysInMonth,
  MAX_LEAVE_DAYS,
  returnDueDay,
  returnEffect,
  spansOverlap,
  type LeaveReturnState,
  type LeaveStatus,
} from '../../src/core/index';

const span = (from: string, to: string) => ({ from, to });

describe('leave day count (inclusive calendar days)', () => {
  it.each([
    ['2026-11-20', '2026-11-20', 1],
    ['2026-11-20', '2026-11-22', 3],
    ['2026-11-28', '2026-12-03', 6],
    ['2026-12-30', '2027-01-02', 4],
    ['2028-02-28', '2028-03-01', 3], // leap year: 28, 29, 1
    ['2026-02-28', '2026-03-01', 2], // common year: 28, 1
    ['2024-02-01', '2024-02-29', 29],
    ['2026-01-01', '2026-12-31', 365],
  ])('%s → %s is %i days', (from, to, n) => {
    expect(leaveDayCount(span(from, to))).toBe(n);
    expect(leaveDays(span(from, to))).toHaveLength(n);
  });

  it('lists every day in order across the leap day', () => {
    expect(leaveDays(span('2028-02-27', '2028-03-02'))).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
      '2028-03-02',
    ]);
  });
});

describe('days of a leave by month (a leave spanning months counts in each)', () => {
  it('splits across a month boundary', () => {
    expect(leaveDaysByMonth(span('2026-11-29', '2026-12-02'))).toEqual([
      { month: '2026-11', days: ['2026-11-29', '2026-11-30'] },
      { month: '2026-12', days: ['2026-12-01', '2026-12-02'] },
    ]);
  });

  it('splits across a year boundary', () => {
    expect(leaveDaysByMonth(span('2026-12-31', '2027-01-01')).map((p) => [p.month, p.days.length])).toEqual([
      ['2026-12', 1],
      ['2027-01', 1],
    ]);
  });

  it('covers three months with a whole February in between', () => {
    const parts = leaveDaysByMonth(span('2028-01-31', '2028-03-01'));
    expect(parts.map((p) => [p.month, p.days.length])).toEqual([
      ['2028-01', 1],
      ['2028-02', 29],
      ['2028-03', 1],
    ]);
    expect(parts.reduce((n, p) => n + p.days.length, 0)).toBe(leaveDayCount(span('2028-01-31', '2028-03-01')));
  });

  it('answers the days within one month, empty outside', () => {
    const l = span('2026-11-29', '2026-12-02');
    expect(leaveDaysInMonth(l, '2026-12')).toEqual(['2026-12-01', '2026-12-02']);
    expect(leaveDaysInMonth(l, '2026-10')).toEqual([]);
    expect(leaveDaysInMonth(l, '2027-11')).toEqual([]);
  });
});

describe('overlap', () => {
  it.each([
    ['2026-11-20', '2026-11-22', '2026-11-22', '2026-11-25', true], // shared last/first day
    ['2026-11-20', '2026-11-22', '2026-11-23', '2026-11-25', false], // adjacent
    ['2026-11-20', '2026-11-30', '2026-11-24', '2026-11-25', true], // inside
    ['2026-11-24', '2026-11-25', '2026-11-20', '2026-11-30', true], // around
    ['2026-12-31', '2027-01-02', '2027-01-02', '2027-01-02', true],
    ['2026-12-01', '2026-12-01', '2026-11-30', '2026-11-30', false],
  ])('%s–%s vs %s–%s → %s', (a1, a2, b1, b2, expected) => {
    expect(spansOverlap(span(a1, a2), span(b1, b2))).toBe(expected);
    expect(spansOverlap(span(b1, b2), span(a1, a2))).toBe(expected);
  });

  it('ignores cancelled and rejected leave, but pending, approved and returned leave block', () => {
    const cand = span('2026-11-20', '2026-11-21');
    const mk = (status: LeaveStatus) => ({ ...span('2026-11-21', '2026-11-22'), status });
    expect(findOverlap(cand, [mk('cancelled'), mk('rejected')])).toBeUndefined();
    for (const s of ['pending', 'approved', 'returned'] as const) expect(findOverlap(cand, [mk('rejected'), mk(s)])?.status).toBe(s);
    expect(findOverlap(cand, [{ ...span('2026-11-22', '2026-11-23'), status: 'approved' as const }])).toBeUndefined();
  });
});

describe('routing by length', () => {
  it('up to the threshold goes to the township, longer to the county', () => {
    expect(approverLevelFor(1, 3)).toBe('township');
    expect(approverLevelFor(3, 3)).toBe('township');
    expect(approverLevelFor(4, 3)).toBe('county');
    expect(approverLevelFor(1, 0)).toBe('county');
    expect(approverLevelFor(10, 10)).toBe('township');
  });
});

describe('return overdue', () => {
  const approved = (to: string, p: Partial<LeaveReturnState> = {}): LeaveReturnState => ({
    from: '2026-11-18',
    to,
    status: 'approved',
    returnedAt: null,
    ...p,
  });

  it('is overdue only after to + grace days', () => {
    expect(isReturnOverdue(approved('2026-11-20'), '2026-11-20', 1)).toBe(false);
    expect(isReturnOverdue(approved('2026-11-20'), '2026-11-21', 1)).toBe(false);
    expect(isReturnOverdue(approved('2026-11-20'), '2026-11-22', 1)).toBe(true);
    expect(isReturnOverdue(approved('2026-11-20'), '2026-11-21', 0)).toBe(true);
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(isReturnOverdue(approved('2026-11-30'), '2026-12-01', 1)).toBe(false);
    expect(isReturnOverdue(approved('2026-11-30'), '2026-12-02', 1)).toBe(true);
    expect(isReturnOverdue(approved('2026-12-31'), '2027-01-02', 1)).toBe(true);
    expect(isReturnOverdue(approved('2028-02-28'), '2028-02-29', 1)).toBe(false);
    expect(isReturnOverdue(approved('2028-02-28'), '2028-03-01', 1)).toBe(true);
    expect(isReturnOverdue(approved('2026-02-28'), '2026-03-01', 1)).toBe(false);
    expect(isReturnOverdue(approved('2026-02-28'), '2026-03-02', 1)).toBe(true);
  });

  it('is never overdue once returned or when not approved', () => {
    expect(isReturnOverdue(approved('2026-11-01', { returnedAt: '2026-11-02T01:00:00.000Z' }), '2026-11-20', 1)).toBe(false);
    for (const status of ['pending', 'rejected', 'cancelled', 'returned'] as const) {
      expect(isReturnOverdue(approved('2026-11-01', { status }), '2026-11-20', 1)).toBe(false);
    }
  });

  it('treats negative or fractional grace as whole non-negative days', () => {
    expect(isReturnOverdue(approved('2026-11-20'), '2026-11-21', -3)).toBe(true);
    expect(isReturnOverdue(approved('2026-11-20'), '2026-11-22', 1.9)).toBe(true);
  });

  it('expects the cadre back the day after the leave', () => {
    expect(returnDueDay(span('2026-11-20', '2026-11-30'))).toBe('2026-12-01');
    expect(returnDueDay(span('2028-02-27', '2028-02-28'))).toBe('2028-02-29');
  });
});

describe('what an in-village clock-in does to an approved leave', () => {
  const l = span('2026-11-28', '2026-12-03');
  it('does nothing before the leave or on its first day', () => {
    expect(returnEffect(l, '2026-11-27')).toEqual({ kind: 'none' });
    expect(returnEffect(l, '2026-11-28')).toEqual({ kind: 'none' });
  });
  it('ends the leave early the day before, removing the rest', () => {
    expect(returnEffect(l, '2026-12-01')).toEqual({
      kind: 'early',
      to: '2026-11-30',
      days: 3,
      removedDays: ['2026-12-01', '2026-12-02', '2026-12-03'],
    });
    expect(returnEffect(l, '2026-12-03')).toEqual({ kind: 'early', to: '2026-12-02', days: 5, removedDays: ['2026-12-03'] });
  });
  it('closes the leave on or after the return date', () => {
    expect(returnEffect(l, '2026-12-04')).toEqual({ kind: 'due' });
    expect(returnEffect(l, '2027-01-10')).toEqual({ kind: 'due' });
  });
});

describe('span validation', () => {
  const today = '2026-11-20';
  it('accepts a normal span and answers its length', () => {
    expect(checkLeaveSpan(span('2026-11-23', '2026-11-25'), today)).toEqual({ ok: true, days: 3 });
    expect(checkLeaveSpan(span('2026-11-20', '2026-11-20'), today)).toEqual({ ok: true, days: 1 });
  });
  it.each([
    [span('2026-11-25', '2026-11-24'), '结束日期不能早于开始日期'],
    [span('2026-02-29', '2026-03-01'), '开始日期无效'],
    [span('2026-11-21', '2026-13-01'), '结束日期无效'],
    [span('2026-11-21', '2027-03-01'), `不能超过${MAX_LEAVE_DAYS}天`],
    [span('2026-10-01', '2026-10-02'), '不能早于30天前'],
    [span('2027-06-01', '2027-06-02'), '不能晚于180天后'],
  ])('refuses %j', (s, message) => {
    const r = checkLeaveSpan(s, today);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
  it('accepts the limits exactly', () => {
    expect(checkLeaveSpan(span('2026-10-21', '2026-10-21'), today).ok).toBe(true);
    expect(checkLeaveSpan(span('2026-10-20', '2026-10-20'), today).ok).toBe(false);
    expect(checkLeaveSpan(span('2026-11-21', '2027-02-18'), today)).toEqual({ ok: true, days: MAX_LEAVE_DAYS });
  });
  it('accepts a leap day', () => {
    expect(checkLeaveSpan(span('2028-02-29', '2028-02-29'), '2028-02-20')).toEqual({ ok: true, days: 1 });
  });
});
