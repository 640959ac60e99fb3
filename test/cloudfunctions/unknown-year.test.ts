import { seeded } from './harness';
import { sections, TEXT_A } from './diary-helpers';
import { rid, type Stack } from './leave-helpers';

/**
 * 2027: the bundled holiday data ends at 2026 and nobody has entered 2027 yet. The cadre's day
 * (clock-in, 外勤, diary, visits, leave, messages, my month) works; only the figures that need the
 * year's working days wait, in plain words, never as an error page and never as a Monday–Friday guess.
 */
const FS = 'psn_430121_P0101';
const V001 = 'vil_430121_V001';
/** Monday 4 January 2027, 10:00 in Shanghai. */
const JAN4 = new Date('2027-01-04T02:00:00Z');
const later = (ms: number) => new Date(JAN4.getTime() + ms);
const WAITS = '2027年节假日安排还没公布（或还没录入），本月应驻村天数等录入后再算。';

let s: Stack;
let centre: { lat: number; lng: number };
beforeEach(async () => {
  s = await seeded();
  const v = await s.store.get('villages', V001);
  const [first] = v!.fence;
  centre = { lat: first.lat, lng: first.lng };
});

const ok = <T>(r: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
};

describe('the cadre’s day in a year without holiday data', () => {
  it('has no 2027 data to start with (the calendar itself says so)', async () => {
    expect(await s.call('demo-admin', 'calendar.month', { month: '2027-01' }, JAN4)).toMatchObject({ ok: false, error: { code: 'CALENDAR_UNKNOWN' } });
  });

  it('cadre.today answers the day, with the month waiting for the schedule instead of an error', async () => {
    const t = ok(await s.call('demo-fs', 'cadre.today', {}, JAN4));
    expect(t).toMatchObject({ day: '2027-01-04', village: { id: V001 }, clockedIn: false, fieldToday: false, diaryWritten: false });
    expect(t.month).toEqual({ month: '2027-01', pending: 'calendar', year: 2027, message: WAITS, presentDays: 0 });
  });

  it('clocks in in the village and for 外勤 with a reason; today shows both, the month still waits', async () => {
    const inVillage = ok(await s.call('demo-fs', 'attendance.clockIn', { ...centre, accuracyM: 20, clientRequestId: rid() }, JAN4));
    expect(inVillage).toMatchObject({ decision: 'in-village', day: '2027-01-04', distanceM: 0 });
    const t = ok(await s.call('demo-fs', 'cadre.today', {}, later(60_000)));
    expect(t).toMatchObject({ clockedIn: true, clockInAt: JAN4.toISOString(), month: { pending: 'calendar', presentDays: 1 } });

    const field = ok(
      await s.call('demo-member', 'attendance.clockIn', { lat: centre.lat + 0.05, lng: centre.lng, accuracyM: 20, reason: '到镇里开产业协调会', clientRequestId: rid() }, JAN4),
    );
    expect(field).toMatchObject({ decision: 'field', day: '2027-01-04' });
    expect(field.distanceM).toBeGreaterThan(3000);
    expect(ok(await s.call('demo-member', 'cadre.today', {}, later(60_000)))).toMatchObject({ clockedIn: false, fieldToday: true, month: { pending: 'calendar' } });

    const outside = ok(await s.call('demo-member', 'attendance.clockIn', { lat: centre.lat + 0.05, lng: centre.lng, accuracyM: 20, clientRequestId: rid() }, later(120_000)));
    expect(outside).toMatchObject({ decision: 'outside', day: '2027-01-04' });
  });

  it('saves the diary and records a household visit', async () => {
    const households = ok(await s.call('demo-fs', 'households.list', {}, JAN4)) as { households: { id: string }[] };
    const visit = await s.call(
      'demo-fs',
      'visit.record',
      { householdId: households.households[0].id, lat: centre.lat, lng: centre.lng, accuracyM: 20, note: '了解冬季取暖情况', clientRequestId: rid() },
      JAN4,
    );
    expect(visit).toMatchObject({ ok: true, data: { visit: { day: '2027-01-04' } } });
    expect(await s.call('demo-fs', 'diary.save', { day: '2027-01-04', sections: sections(TEXT_A), clientRequestId: rid() }, JAN4)).toMatchObject({ ok: true });
    expect(ok(await s.call('demo-fs', 'diary.get', {}, later(60_000)))).toMatchObject({ day: '2027-01-04', visits: [{ day: '2027-01-04' }], entry: { day: '2027-01-04' } });
    expect(ok(await s.call('demo-fs', 'cadre.today', {}, later(60_000)))).toMatchObject({ diaryWritten: true });
  });

  it('signs in, lists the month’s diaries and reads the messages', async () => {
    expect(await s.call('demo-fs', 'session.whoami', {}, JAN4)).toMatchObject({ ok: true });
    expect(await s.call('demo-fs', 'diary.list', { month: '2027-01' }, JAN4)).toMatchObject({ ok: true, data: { month: '2027-01', entries: [] } });
    expect(await s.call('demo-fs', 'messages.list', {}, JAN4)).toMatchObject({ ok: true, data: { unread: expect.any(Number) } });
    expect(await s.call('demo-fs', 'messages.read', {}, JAN4)).toMatchObject({ ok: true, data: { unread: 0 } });
    expect(await s.call('demo-fs', 'messages.templates', {}, JAN4)).toMatchObject({ ok: true });
  });

  it('my month shows each day’s marks with day kinds unknown, no 休息/缺勤, and the figures pending', async () => {
    await s.call('demo-fs', 'attendance.clockIn', { ...centre, accuracyM: 20, clientRequestId: rid() }, new Date('2027-01-02T02:00:00Z'));
    await s.call('demo-fs', 'diary.save', { day: '2027-01-02', sections: sections(TEXT_A), clientRequestId: rid() }, new Date('2027-01-02T03:00:00Z'));
    await s.call('demo-fs', 'attendance.clockIn', { lat: centre.lat + 0.05, lng: centre.lng, accuracyM: 20, reason: '县里培训', clientRequestId: rid() }, new Date('2027-01-03T02:00:00Z'));
    const m = ok(await s.call('demo-fs', 'cadre.month', {}, JAN4));
    expect(m.month).toBe('2027-01');
    expect(m.calendarPending).toEqual({ year: 2027, message: '2027年节假日安排还没公布（或还没录入），本月应驻村天数、缺勤和达标情况等录入后再算。' });
    expect(m.projection).toBeNull();
    expect(m.summary).toMatchObject({ workingDays: null, requiredDays: null, creditedDays: null, unexcusedAbsences: null, presentDays: 1, fieldDays: 1, diaryOnTime: 1 });
    const day = (d: string) => m.days.find((x: { date: string }) => x.date === d);
    expect(m.days).toHaveLength(31);
    expect(m.days.every((d: { kind: string }) => d.kind === 'unknown')).toBe(true);
    expect(day('2027-01-01')).toMatchObject({ status: 'unjudged', label: '' }); // 元旦 or not: not guessed
    expect(day('2027-01-02')).toMatchObject({ status: 'present', label: '在村', diary: 'on-time', clockIns: [{ decision: 'in-village' }] });
    expect(day('2027-01-03')).toMatchObject({ status: 'field', label: '外勤', diary: 'missing' });
    expect(day('2027-01-04')).toMatchObject({ status: 'today' });
    expect(day('2027-01-05')).toMatchObject({ status: 'upcoming' });
    expect(m.days.some((d: { status: string }) => d.status === 'absent' || d.status === 'rest')).toBe(false);
    // A supervisor's drill-down reads the same month.
    expect(await s.call('demo-supervisor', 'cadre.month', { personId: FS, month: '2027-01' }, JAN4)).toMatchObject({ ok: true, data: { calendarPending: { year: 2027 } } });
    // A known month still answers its figures.
    expect(ok(await s.call('demo-fs', 'cadre.month', { month: '2026-12' }, JAN4))).toMatchObject({ calendarPending: null, summary: { workingDays: 23 } });
  });
});

describe('leave running into a year without holiday data', () => {
  const span = { type: 'personal', from: '2026-12-28', to: '2027-01-06', reason: '回老家照顾老人' };

  it('is accepted with its working days pending, listed and queued so, approved, and returned by the clock-in', async () => {
    const applied = ok(await s.call('demo-fs', 'leave.apply', { ...span, clientRequestId: rid() }));
    expect(applied).toMatchObject({ status: 'pending', days: 10, workingDays: null, approverLevel: 'county' });
    const known = ok(await s.call('demo-fs', 'leave.apply', { ...span, from: '2026-11-23', to: '2026-11-24', clientRequestId: rid() }));
    expect(known).toMatchObject({ days: 2, workingDays: 2 }); // Monday and Tuesday

    const mine = ok(await s.call('demo-fs', 'leave.mine', {}));
    expect(mine.leaves.map((l: { from: string; workingDays: number | null }) => [l.from, l.workingDays])).toEqual([
      ['2026-12-28', null],
      ['2026-11-23', 2],
    ]);
    const queue = ok(await s.call('demo-admin', 'leave.queue', {}));
    expect(queue.pending.find((l: { id: string }) => l.id === applied.id)).toMatchObject({ workingDays: null, canDecide: true });

    expect(ok(await s.call('demo-admin', 'leave.decide', { leaveId: applied.id, decision: 'approve' }))).toMatchObject({ status: 'approved', workingDays: null });
    expect((await s.store.get('person_months', `${FS}:2027-01`))?.leaveDays).toEqual(['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05', '2027-01-06']);
    expect(ok(await s.call('demo-fs', 'cadre.today', {}, JAN4))).toMatchObject({ leave: { onLeave: { id: applied.id } }, month: { pending: 'calendar' } });
    const month = ok(await s.call('demo-fs', 'cadre.month', {}, JAN4));
    expect(month.days.slice(0, 4).map((d: { status: string }) => d.status)).toEqual(['leave', 'leave', 'leave', 'leave']);
    const awaiting = ok(await s.call('demo-admin', 'leave.queue', {}, JAN4)).awaitingReturn;
    expect(awaiting.find((l: { id: string }) => l.id === applied.id)).toMatchObject({ workingDays: null, overdue: false });

    // Back early on the 5th: the in-village clock-in returns (销假) and gives the 6th back.
    expect(await s.call('demo-fs', 'attendance.clockIn', { ...centre, accuracyM: 20, clientRequestId: rid() }, new Date('2027-01-05T02:00:00Z'))).toMatchObject({ ok: true });
    const after = ok(await s.call('demo-fs', 'leave.mine', {}, new Date('2027-01-05T03:00:00Z')));
    expect(after.leaves[0]).toMatchObject({ status: 'returned', to: '2027-01-04', plannedTo: '2027-01-06', days: 8, workingDays: null });
  });

  it('is applied for and withdrawn in the unknown year itself', async () => {
    const applied = ok(await s.call('demo-fs', 'leave.apply', { ...span, from: '2027-01-11', to: '2027-01-12', clientRequestId: rid() }, JAN4));
    expect(applied).toMatchObject({ status: 'pending', approverLevel: 'township', workingDays: null });
    expect(ok(await s.call('demo-fs', 'leave.cancel', { leaveId: applied.id }, JAN4))).toMatchObject({ status: 'cancelled', workingDays: null });
  });
});
