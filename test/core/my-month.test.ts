import { buildMyMonth, buildPendingMonth, type MyMonthInput } from '../../src/core/my-month/index';
import { DEFAULT_RULE_CONFIG } from '../../src/core/rules/config';
import { dayStart } from '../../src/core/time';
import { ctx, person } from './helpers';

const at = (day: string, hh: number, mm = 0) => new Date(dayStart(day).getTime() + (hh * 60 + mm) * 60_000).toISOString();

/** November 2026: 21 working days (Mon–Fri); today Friday the 20th at 11:00 Shanghai. */
function input(patch: Partial<MyMonthInput> = {}): MyMonthInput {
  return {
    record: person({
      presentDays: ['2026-11-02', '2026-11-03', '2026-11-07', '2026-11-20'],
      fieldDays: ['2026-11-04'],
      diaries: [
        { day: '2026-11-02', writtenAt: at('2026-11-02', 20) },
        { day: '2026-11-03', writtenAt: at('2026-11-04', 9) },
        { day: '2026-11-04', writtenAt: at('2026-11-04', 23, 59) },
      ],
    }),
    ctx: ctx('2026-11', '2026-11-20', undefined, new Date(at('2026-11-20', 11))),
    clockIns: [
      { day: '2026-11-02', at: at('2026-11-02', 8), decision: 'in-village', syncedLater: false, fuzzy: false },
      { day: '2026-11-03', at: at('2026-11-03', 8), decision: 'in-village', syncedLater: true, fuzzy: false },
    ],
    leaves: [
      { type: 'personal', from: '2026-11-05', to: '2026-11-06', status: 'approved' },
      { type: 'official', from: '2026-11-09', to: '2026-11-09', status: 'approved' },
      { type: 'sick', from: '2026-11-23', to: '2026-11-24', status: 'pending' },
      { type: 'annual', from: '2026-11-10', to: '2026-11-10', status: 'rejected' },
    ],
    flags: [
      { day: '2026-11-03', status: 'open' },
      { day: '2026-11-03', status: 'cleared' },
    ],
    ...patch,
  };
}

const day = (m: ReturnType<typeof buildMyMonth>, date: string) => m.days.find((d) => d.date === date)!;

describe('my month', () => {
  const m = buildMyMonth(input());

  it('has every day of the month with its kind and a label readable without colour', () => {
    expect(m.days).toHaveLength(30);
    expect(day(m, '2026-11-01')).toMatchObject({ kind: 'weekend', status: 'rest', label: '休息' });
    expect(day(m, '2026-11-02')).toMatchObject({ kind: 'workday', status: 'present', label: '在村' });
    expect(day(m, '2026-11-04')).toMatchObject({ status: 'field', label: '外勤' });
    expect(day(m, '2026-11-07')).toMatchObject({ kind: 'weekend', status: 'present' });
  });

  it('shows leave from the leaves collection: approved, official business (公假), pending; not rejected', () => {
    expect(day(m, '2026-11-05')).toMatchObject({ status: 'leave', label: '请假', leaveType: 'personal' });
    expect(day(m, '2026-11-09')).toMatchObject({ status: 'official', label: '公假', leaveType: 'official' });
    expect(day(m, '2026-11-23')).toMatchObject({ status: 'leave-pending', label: '待批', leaveType: 'sick' });
    expect(day(m, '2026-11-10')).toMatchObject({ status: 'absent', label: '缺勤', leaveType: null });
  });

  it('marks today as not over yet, and the rest of the month as upcoming', () => {
    expect(day(m, '2026-11-19')).toMatchObject({ status: 'absent' });
    expect(day(m, '2026-11-20')).toMatchObject({ status: 'present', diary: 'due' });
    expect(day(m, '2026-11-25')).toMatchObject({ status: 'upcoming', label: '' });
    const noShowToday = buildMyMonth(input({ record: person({}) }));
    expect(day(noShowToday, '2026-11-20')).toMatchObject({ status: 'today', label: '今天' });
  });

  it('judges the diary per day: on time, late (补写, next morning), written at 23:59 is on time, missing', () => {
    expect(day(m, '2026-11-02').diary).toBe('on-time');
    expect(day(m, '2026-11-03').diary).toBe('late');
    expect(day(m, '2026-11-04').diary).toBe('on-time');
    expect(day(m, '2026-11-07').diary).toBe('missing');
    expect(day(m, '2026-11-05').diary).toBe('none');
  });

  it('marks records synced later and counts flags per day', () => {
    expect(day(m, '2026-11-03')).toMatchObject({ syncedLater: true, openFlags: 1, clearedFlags: 1 });
    expect(day(m, '2026-11-02')).toMatchObject({ syncedLater: false, openFlags: 0 });
    expect(day(m, '2026-11-02').clockIns).toHaveLength(1);
  });

  it('sums required vs done and gives the projection sentence', () => {
    expect(m.summary).toMatchObject({
      workingDays: 21,
      requiredDays: 14,
      creditedDays: 5, // 2, 3, 4 (field), 9 (official), 20; the 7th is a Saturday
      presentDays: 4,
      fieldDays: 1,
      officialDays: 1,
      leaveDays: 2,
      diaryOnTime: 2,
      diaryLate: 1,
      diaryMissing: 1,
      openFlags: 1,
    });
    // Absent working days before today: 10–13, 16–19.
    expect(m.summary.unexcusedAbsences).toBe(8);
    expect(m.projection).toEqual({ status: 'cannot-reach', sentence: '还需驻村9天，本月只剩6个工作日，无法达标' });
  });

  it('is not applicable to team members', () => {
    const member = buildMyMonth(input({ record: person({ role: 'team_member' }) }));
    expect(member.summary.requiredDays).toBeNull();
    expect(member.projection.status).toBe('not-applicable');
  });
});

describe('my month while the year’s holiday schedule is unknown', () => {
  it('keeps every record and judges no day as rest or absence; figures needing working days are null', () => {
    const { record, clockIns, leaves, flags } = input();
    const m = buildPendingMonth({ record, clockIns, leaves, flags, month: '2026-11', today: '2026-11-20', config: DEFAULT_RULE_CONFIG, now: new Date(at('2026-11-20', 11)) });
    expect(m.days).toHaveLength(30);
    expect(m.days.every((d) => d.kind === 'unknown' && d.holidayName === null)).toBe(true);
    const by = (date: string) => m.days.find((d) => d.date === date)!;
    expect(by('2026-11-02')).toMatchObject({ status: 'present', diary: 'on-time', clockIns: [{ decision: 'in-village' }] });
    expect(by('2026-11-03')).toMatchObject({ status: 'present', diary: 'late', syncedLater: true, openFlags: 1, clearedFlags: 1 });
    expect(by('2026-11-04')).toMatchObject({ status: 'field' });
    expect(by('2026-11-05')).toMatchObject({ status: 'leave', leaveType: 'personal' });
    expect(by('2026-11-09')).toMatchObject({ status: 'official' });
    expect(by('2026-11-01')).toMatchObject({ status: 'unjudged', label: '' }); // a Sunday, and still not called 休息
    expect(by('2026-11-11')).toMatchObject({ status: 'unjudged', label: '' }); // a Wednesday, and still not called 缺勤
    expect(by('2026-11-20')).toMatchObject({ status: 'present' });
    expect(by('2026-11-23')).toMatchObject({ status: 'leave-pending' });
    expect(by('2026-11-25')).toMatchObject({ status: 'upcoming' });
    expect(m.summary).toEqual({
      workingDays: null,
      requiredDays: null,
      creditedDays: null,
      unexcusedAbsences: null,
      presentDays: 4,
      fieldDays: 1,
      officialDays: 1,
      leaveDays: 2,
      diaryOnTime: 2,
      diaryLate: 1,
      diaryMissing: 1,
      openFlags: 1,
    });
  });
});
