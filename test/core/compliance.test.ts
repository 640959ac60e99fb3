import fc from 'fast-check';
import {
  diaryCompliance,
  personMonthCompliance,
  requiredPresenceDays,
  teamCoverage,
  unexcusedAbsences,
  villageMonthCompliance,
} from '../../src/core/compliance/index';
import { DEFAULT_RULE_CONFIG } from '../../src/core/rules/config';
import { daysOfMonth } from '../../src/core/time';
import { ctx, diariesAt, OCT25_WORKING, person } from './helpers';

describe('requiredPresenceDays (⌈2/3 × working days⌉)', () => {
  it.each([
    [22, 15],
    [21, 14],
    [18, 12],
    [16, 11],
    [19, 13],
    [23, 16],
    [0, 0],
    [3, 2],
  ])('%i working days → %i', (wd, req) => expect(requiredPresenceDays(wd)).toBe(req));

  it('uses the configured fraction exactly', () => {
    const c = structuredClone(DEFAULT_RULE_CONFIG);
    c.presence.ratio = { numerator: 1, denominator: 2 };
    expect(requiredPresenceDays(21, c)).toBe(11);
    expect(requiredPresenceDays(20, c)).toBe(10);
  });

  it('property: 0 ≤ required ≤ working days and monotone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 12 }), (wd, den, num) => {
        const c = structuredClone(DEFAULT_RULE_CONFIG);
        c.presence.ratio = { numerator: Math.min(num, den), denominator: den };
        const r = requiredPresenceDays(wd, c);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(wd);
        expect(r).toBeLessThanOrEqual(requiredPresenceDays(wd + 1, c));
        expect(r * den).toBeGreaterThanOrEqual(Math.min(num, den) * wd);
      }),
    );
  });
});

describe('personMonthCompliance: presence', () => {
  it('fails a closed month below the requirement, in plain Chinese', () => {
    const r = personMonthCompliance(person({ presentDays: OCT25_WORKING.slice(0, 11) }), ctx('2025-10'));
    expect(r.workingDays).toBe(18);
    expect(r.requiredDays).toBe(12);
    expect(r.presentDays).toBe(11);
    expect(r.rules[0]).toEqual({ rule: 'presence', status: 'fail', reason: '本月工作日18天，驻村11天，少于要求的12天' });
    expect(r.pass).toBe(false);
  });

  it('passes with exactly the required days', () => {
    const days = OCT25_WORKING.slice(0, 12);
    const r = personMonthCompliance(
      person({ presentDays: days, leaveDays: OCT25_WORKING.slice(12), diaries: diariesAt(days) }),
      ctx('2025-10'),
    );
    expect(r.rules.map((x) => x.status)).toEqual(['pass', 'pass', 'pass']);
    expect(r.rules[0].reason).toBe('本月工作日18天，驻村12天，达到要求的12天');
    expect(r.pass).toBe(true);
  });

  it('weekend and holiday presence counts only when configured', () => {
    const days = [...OCT25_WORKING.slice(0, 10), '2025-10-01', '2025-10-04'];
    expect(personMonthCompliance(person({ presentDays: days }), ctx('2025-10')).presentDays).toBe(10);
    const c = ctx('2025-10', undefined, (x) => (x.presence.restDaysCount = true));
    expect(personMonthCompliance(person({ presentDays: days }), c).presentDays).toBe(12);
  });

  it('field work and official business count by default, and can be switched off', () => {
    const p = person({
      presentDays: OCT25_WORKING.slice(0, 8),
      fieldDays: OCT25_WORKING.slice(8, 11),
      officialDays: OCT25_WORKING.slice(11, 13),
    });
    expect(personMonthCompliance(p, ctx('2025-10')).presentDays).toBe(13);
    const off = ctx('2025-10', undefined, (x) => {
      x.presence.fieldWorkCounts = false;
      x.presence.officialBusinessCounts = false;
    });
    const r = personMonthCompliance(p, off);
    expect(r.presentDays).toBe(8);
    expect(r.unexcusedAbsences).toHaveLength(5); // field/official are still excused
  });

  it('team members are not held to the ratio', () => {
    const r = personMonthCompliance(person({ role: 'team_member' }), ctx('2025-10'));
    expect(r.requiredDays).toBeNull();
    expect(r.rules[0]).toMatchObject({ status: 'not-applicable', reason: '该角色不考核驻村天数' });
  });

  it('duplicates and days of other months are ignored', () => {
    const r = personMonthCompliance(
      person({ presentDays: ['2025-10-09', '2025-10-09', '2025-09-30', '2025-11-03'] }),
      ctx('2025-10'),
    );
    expect(r.creditedDays).toEqual(['2025-10-09']);
  });
});

describe('open month: only days up to today', () => {
  it('today counts when present, but is never an absence yet', () => {
    const c = ctx('2025-10', '2025-10-14');
    const notYet = personMonthCompliance(person({ presentDays: ['2025-10-09', '2025-10-10', '2025-10-11', '2025-10-13'] }), c);
    expect(notYet.unexcusedAbsences).toEqual([]);
    expect(notYet.workingDaysElapsed).toBe(4);
    expect(notYet.rules[1]).toMatchObject({ status: 'pending', reason: '没有无故缺勤' });
    const present = personMonthCompliance(person({ presentDays: ['2025-10-13', '2025-10-14', '2025-10-20'] }), c);
    expect(present.creditedDays).toEqual(['2025-10-13', '2025-10-14']); // future day ignored
    expect(present.unexcusedAbsences).toEqual(['2025-10-09', '2025-10-10', '2025-10-11']);
  });

  it('presence is pending while reachable and fails once it cannot be reached', () => {
    const pending = personMonthCompliance(person({ presentDays: OCT25_WORKING.slice(0, 4) }), ctx('2025-10', '2025-10-14'));
    expect(pending.rules[0]).toEqual({
      rule: 'presence',
      status: 'pending',
      reason: '本月工作日18天，已驻村4天，要求12天，还需驻村8天，本月剩余14个工作日',
    });
    const late = personMonthCompliance(person(), ctx('2025-10', '2025-10-27'));
    expect(late.rules[0]).toMatchObject({ status: 'fail' });
    expect(late.rules[0].reason).toContain('无法达标');
  });

  it('before the month began nothing is judged', () => {
    const r = personMonthCompliance(person(), ctx('2025-10', '2025-09-20'));
    expect(r.unexcusedAbsences).toEqual([]);
    expect(r.pass).toBe(true);
  });
});

describe('unexcusedAbsences and leave', () => {
  it('leave spanning two months excuses only its days in this month', () => {
    const leave = ['2025-09-29', '2025-09-30', '2025-10-09', '2025-10-10'];
    const p = person({ presentDays: OCT25_WORKING.slice(2), leaveDays: leave });
    expect(unexcusedAbsences(p, ctx('2025-10'))).toEqual([]);
    expect(personMonthCompliance(p, ctx('2025-10')).leaveDays).toEqual(['2025-10-09', '2025-10-10']);
    // the same leave in September: 29th and 30th excused, the rest absent
    const sep = unexcusedAbsences(person({ leaveDays: leave }), ctx('2025-09'));
    expect(sep).not.toContain('2025-09-29');
    expect(sep).toContain('2025-09-28'); // Sunday make-up workday
    expect(sep).toHaveLength(23 - 2);
  });

  it('absence rule lists days and honours the allowance', () => {
    const p = person({ presentDays: OCT25_WORKING.slice(2) });
    const r = personMonthCompliance(p, ctx('2025-10'));
    expect(r.rules[1]).toEqual({ rule: 'absence', status: 'fail', reason: '无故缺勤2天（10月9日、10月10日）' });
    const lenient = personMonthCompliance(p, ctx('2025-10', undefined, (c) => (c.presence.allowedUnexcusedAbsences = 2)));
    expect(lenient.rules[1].status).toBe('pass');
  });

  it('make-up Saturday is a working day; a national holiday is not', () => {
    const abs = unexcusedAbsences(person(), ctx('2025-10'));
    expect(abs).toContain('2025-10-11');
    expect(abs).not.toContain('2025-10-08');
    expect(abs).toEqual(OCT25_WORKING);
  });

  it('property: adding records never lowers presence nor adds absences', () => {
    const all = daysOfMonth('2025-10');
    const sub = fc.subarray(all);
    fc.assert(
      fc.property(sub, sub, sub, fc.constantFrom('2025-10-01', '2025-10-15', '2025-11-01'), (a, b, leave, today) => {
        const c = ctx('2025-10', today);
        const small = person({ presentDays: a, leaveDays: leave });
        const big = person({ presentDays: [...a, ...b], leaveDays: leave });
        const rs = personMonthCompliance(small, c);
        const rb = personMonthCompliance(big, c);
        expect(rb.presentDays).toBeGreaterThanOrEqual(rs.presentDays);
        expect(rb.unexcusedAbsences.length).toBeLessThanOrEqual(rs.unexcusedAbsences.length);
        expect(rs.presentDays).toBeLessThanOrEqual(rs.workingDays);
        for (const d of rs.unexcusedAbsences) expect(d < today).toBe(true);
      }),
    );
  });
});

describe('diaryCompliance', () => {
  it('grace 0: 23:59:59 the same day is on time, 00:00:00 next day is late', () => {
    const p = person({
      presentDays: ['2025-10-09', '2025-10-10'],
      diaries: [
        { day: '2025-10-09', writtenAt: '2025-10-09T15:59:59Z' },
        { day: '2025-10-10', writtenAt: '2025-10-10T16:00:00Z' },
      ],
    });
    const d = diaryCompliance(p, ctx('2025-10'));
    expect(d.onTimeDays).toEqual(['2025-10-09']);
    expect(d.lateDays).toEqual(['2025-10-10']);
    const r = personMonthCompliance(p, ctx('2025-10'));
    expect(r.rules[2]).toMatchObject({ status: 'fail', reason: '日志补写1天（10月10日）' });
  });

  it('grace hours allow amending the next morning', () => {
    const p = person({
      presentDays: ['2025-10-09'],
      diaries: [{ day: '2025-10-09', writtenAt: '2025-10-10T09:59:00+08:00' }],
    });
    expect(diaryCompliance(p, ctx('2025-10')).lateDays).toEqual(['2025-10-09']);
    expect(diaryCompliance(p, ctx('2025-10', undefined, (c) => (c.diary.graceHours = 10))).onTimeDays).toEqual(['2025-10-09']);
  });

  it('missing only after the deadline; the earliest entry counts; entries before the day are ignored', () => {
    const p = person({
      presentDays: ['2025-10-13', '2025-10-14', '2025-10-15'],
      diaries: [
        { day: '2025-10-13', writtenAt: '2025-10-20T10:00:00+08:00' },
        { day: '2025-10-13', writtenAt: '2025-10-13T20:00:00+08:00' },
        { day: '2025-10-15', writtenAt: '2025-10-14T20:00:00+08:00' },
      ],
    });
    const at = (iso: string, grace = 0) =>
      diaryCompliance(p, ctx('2025-10', '2025-10-15', (c) => (c.diary.graceHours = grace), new Date(iso)));
    const d = at('2025-10-15T08:00:00+08:00');
    expect(d.onTimeDays).toEqual(['2025-10-13']);
    expect(d.missingDays).toEqual(['2025-10-14']); // 15th not due yet
    expect(at('2025-10-15T08:00:00+08:00', 10).missingDays).toEqual([]); // 14th may still be written
  });

  it('field-work days need a diary too; a wholly written month passes', () => {
    const days = OCT25_WORKING.slice(0, 12);
    const p = person({ presentDays: days.slice(0, 10), fieldDays: days.slice(10), diaries: diariesAt(days, '23:30') });
    const r = personMonthCompliance(p, ctx('2025-10'));
    expect(r.diary.requiredDays).toHaveLength(12);
    expect(r.rules[2]).toEqual({ rule: 'diary', status: 'pass', reason: '应写日志12天，都按时填写' });
  });

  it('with no day in the village yet, the diary rule says so instead of "应写日志0天，都按时填写"', () => {
    const r = personMonthCompliance(person({}), ctx('2025-10', '2025-10-15'));
    expect(r.rules[2].reason).toBe('还没有要写日志的日子（在村、外勤的日子才要写）');
  });
});

describe('teamCoverage', () => {
  it('lists calendar days nobody was in the village, weekends and holidays included', () => {
    const a = { presentDays: OCT25_WORKING };
    const b = { presentDays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'] };
    const cov = teamCoverage([a, b], ctx('2025-10'));
    expect(cov.gapDays).toEqual(['2025-10-12', '2025-10-18', '2025-10-19', '2025-10-25', '2025-10-26']);
    expect(cov.judgedDays).toBe(31);
    expect(cov.coveredDays).toBe(26);
    expect(cov.result).toEqual({
      rule: 'coverage',
      status: 'fail',
      reason: '有5天无人在村（10月12日、10月18日、10月19日、10月25日、10月26日）',
    });
  });

  it('field work does not cover a day; today is judged only once covered', () => {
    const c = ctx('2025-10', '2025-10-03');
    expect(teamCoverage([{ presentDays: ['2025-10-01', '2025-10-02'] }], c)).toMatchObject({ judgedDays: 2, gapDays: [] });
    expect(teamCoverage([{ presentDays: ['2025-10-01'] }], c).gapDays).toEqual(['2025-10-02']);
    const r = teamCoverage([{ presentDays: ['2025-10-01', '2025-10-02', '2025-10-03'] }], c);
    expect(r.judgedDays).toBe(3);
    expect(r.result).toMatchObject({ status: 'pending', reason: '本月至今每天都有队员在村' });
  });

  it('property: gaps ⊆ month days, ascending, disjoint from presence', () => {
    const all = daysOfMonth('2026-02');
    fc.assert(
      fc.property(fc.array(fc.subarray(all), { maxLength: 4 }), fc.constantFrom(...all, '2026-03-01'), (members, today) => {
        const cov = teamCoverage(members.map((presentDays) => ({ presentDays })), ctx('2026-02', today));
        const present = new Set(members.flat());
        expect([...cov.gapDays].sort()).toEqual(cov.gapDays);
        for (const g of cov.gapDays) {
          expect(all).toContain(g);
          expect(present.has(g)).toBe(false);
        }
        expect(cov.coveredDays + cov.gapDays.length).toBe(cov.judgedDays);
      }),
    );
  });
});

describe('villageMonthCompliance', () => {
  const month = daysOfMonth('2025-10');
  const good = person({ presentDays: OCT25_WORKING, diaries: diariesAt(OCT25_WORKING) });
  const member = person({
    personId: 'p2',
    name: '李四',
    role: 'team_member',
    presentDays: month.filter((d) => !OCT25_WORKING.includes(d)),
    leaveDays: OCT25_WORKING,
    diaries: diariesAt(month.filter((d) => !OCT25_WORKING.includes(d))),
  });

  it('passes when every person and coverage pass', () => {
    const v = villageMonthCompliance({ villageId: 'v1', members: [good, member] }, ctx('2025-10'));
    expect(v.coverage.gapDays).toEqual([]);
    expect(v.reasons).toEqual([]);
    expect(v.pass).toBe(true);
    expect(v.closed).toBe(true);
  });

  it('names each failure', () => {
    const v = villageMonthCompliance({ villageId: 'v1', members: [good] }, ctx('2025-10'));
    expect(v.pass).toBe(false);
    expect(v.reasons).toEqual(['工作队：有13天无人在村（10月1日、10月2日、10月3日、10月4日、10月5日等13天）']);
    const w = villageMonthCompliance(
      { villageId: 'v1', members: [person({ presentDays: OCT25_WORKING.slice(0, 11), diaries: diariesAt(OCT25_WORKING.slice(0, 11)), leaveDays: OCT25_WORKING.slice(11) }), member] },
      ctx('2025-10'),
    );
    expect(w.reasons).toEqual(['张三：本月工作日18天，驻村11天，少于要求的12天', '工作队：有7天无人在村（10月23日、10月24日、10月27日、10月28日、10月29日等7天）']);
  });

  it('an empty team does not pass', () => {
    expect(villageMonthCompliance({ villageId: 'v1', members: [] }, ctx('2025-10')).reasons).toContain('工作队没有成员');
  });
});
