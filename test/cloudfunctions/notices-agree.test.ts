import { NOW, seeded, testServices } from './harness';
import { dispatch, type Job } from '../../cloudfunctions/scheduler/dispatch';
import { clockInReminder } from '../../cloudfunctions/scheduler/jobs/clock-in-reminder';
import { diaryReminder } from '../../cloudfunctions/scheduler/jobs/diary-reminder';
import { forwardWarning } from '../../cloudfunctions/scheduler/jobs/forward-warning';
import { sections, setRules, TEXT_A } from './diary-helpers';
import { apply, clockIn, FS, rid, type Stack } from './leave-helpers';

const P = (code: string) => `psn_430121_${code}`;
const ADMIN = P('P0001');
const SUPERVISOR_T01 = P('P0002');
/** Alert kinds that are a failing verdict of the month (at-risk is only a warning). */
const FAILING: Record<string, string> = { presence: 'cannot-reach', absence: 'absence', diary: 'diary' };

/* eslint-disable @typescript-eslint/no-explicit-any */
async function setup() {
  const s = await seeded();
  // The demo county's alerts against its dashboard: the city's second county (dev/seed-city.ts) sits this out.
  await s.store.remove('counties', 'cty_439902');
  const { services } = testServices();
  const run = (jobs: Job[], iso: string) => dispatch(jobs, { store: s.store, services, now: new Date(iso), log: () => {} });
  return { ...s, run };
}

/** personId → failing alert kinds of the dashboard (compliance.monthly as the county admin). */
async function dashboardFailures(s: Stack, month: string, now: Date): Promise<Map<string, string[]>> {
  const r = await s.call('demo-admin', 'compliance.monthly', { month }, now);
  if (!r.ok) throw new Error(r.error.message);
  const out = new Map<string, string[]>();
  for (const v of r.data.villages) {
    for (const p of v.persons) {
      if (p.status !== 'fail') continue;
      out.set(p.personId, p.rules.filter((x: any) => x.status === 'fail').map((x: any) => FAILING[x.rule]).sort());
    }
  }
  expect(out.size).toBe(r.data.counts.cadresFailing);
  return out;
}

/** personId → kinds of the open failing alerts about the month. */
async function openAlerts(s: Stack, month: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const a of await s.store.find('alerts', { status: 'open' })) {
    if (!Object.values(FAILING).includes(a.kind) || !a._id.endsWith(`:${month}`)) continue;
    const who = a.personId ?? ''; // an alert about nobody matches no failing cadre of the dashboard
    out.set(who, [...(out.get(who) ?? []), a.kind].sort());
  }
  return out;
}

describe('alerts agree with the dashboard', () => {
  it('after one 09:00 run every failing cadre of 各村 has an open alert for each failing rule, and no one else', async () => {
    const s = await setup();
    expect(await s.store.count('alerts', {})).toBe(0);
    await s.run([forwardWarning], '2026-11-20T01:00:00Z');
    const board = await dashboardFailures(s, '2026-11', NOW);
    expect(board.size).toBeGreaterThan(0);
    expect(await openAlerts(s, '2026-11')).toEqual(board);
    // The unexcused absences are alerts of their own, naming the days (a team member too).
    const absence = await s.store.get('alerts', `absence:${P('P0502')}:2026-11`);
    expect(absence).toMatchObject({ townshipId: 'twn_430121_T02', level: 'township', status: 'open' });
    expect(absence?.text).toMatch(/^龙泉村 .+：无故缺勤\d+天（11月\d+日、/);
    // The township supervisor sees theirs in 预警.
    const list = await s.call('demo-supervisor', 'alerts.list', {});
    if (!list.ok) throw new Error(list.error.message);
    expect(list.data.open).toBeGreaterThan(0);
    expect(list.data.items.map((a: any) => a.kindLabel)).toContain('无故缺勤');
    const summary = await s.store.get('messages', `${SUPERVISOR_T01}:at-risk-summary:2026-11-20`);
    expect(summary).toMatchObject({ title: expect.stringMatching(/^\d+名驻村干部有新的考核预警$/) });
    expect(summary?.body).toMatch(/石桥村.+（驻村天数无法达标、无故缺勤、日志未按时填写）/);
    // The cadre gets one message naming all of theirs.
    const mine = await s.store.get('messages', `${P('P0301')}:forward-warning:2026-11-20`);
    expect(mine).toMatchObject({ title: '本月驻村天数已无法达标' });
    expect(mine?.body).toMatch(/无法达标；无故缺勤\d+天.+；日志缺/);
    // The next working day (Friday now judged too) they still agree.
    const again = await s.run([forwardWarning], '2026-11-23T01:00:00Z');
    expect(Object.values(again.notes)[0]).toMatch(/^新预警\d+条$/);
    expect(await openAlerts(s, '2026-11')).toEqual(await dashboardFailures(s, '2026-11', new Date('2026-11-23T03:00:00Z')));
  });

  it('raises an absence the morning after it, on a Saturday too, as the dashboard turns red', async () => {
    const s = await setup();
    await s.run([forwardWarning], '2026-11-20T01:00:00Z');
    expect(await s.store.get('alerts', `absence:${FS}:2026-11`)).toBeNull();
    // Nobody of the demo clocked in on Friday the 20th: on Saturday morning that is an unexcused absence.
    const sat = await s.run([forwardWarning], '2026-11-21T01:00:00Z');
    expect(sat.failed).toEqual([]);
    expect(await s.store.get('alerts', `absence:${FS}:2026-11`)).toMatchObject({ day: '2026-11-21', text: expect.stringContaining('11月20日') });
    expect(await openAlerts(s, '2026-11')).toEqual(await dashboardFailures(s, '2026-11', new Date('2026-11-21T03:00:00Z')));
    expect(await s.store.get('messages', `${FS}:forward-warning:2026-11-21`)).toMatchObject({ title: '本月有无故缺勤', body: expect.stringContaining('11月20日') });
    // The at-risk warning stays a working-day one.
    expect((await s.store.find('alerts', { kind: 'at-risk', day: '2026-11-21' })).length).toBe(0);
  });

  it('on the 1st judges last month in full (its last day is over only now)', async () => {
    const s = await setup();
    await s.run([forwardWarning], '2026-11-20T01:00:00Z');
    await s.run([forwardWarning], '2026-12-01T01:00:00Z');
    const board = await dashboardFailures(s, '2026-11', new Date('2026-12-01T03:00:00Z'));
    expect(await openAlerts(s, '2026-11')).toEqual(board);
    expect(String((await s.store.get('alerts', `absence:${FS}:2026-11`))?.text)).toMatch(/：11月无故缺勤\d+天/);
  });
});

describe('leave notices in 消息', () => {
  async function messagesOf(s: Stack, personId: string, kind: string) {
    return s.store.find('messages', { personId, kind });
  }

  it('a new request reaches the approver (township for short, county for long), one per leave, never twice on a retry', async () => {
    const s = await seeded();
    const req = { type: 'personal', from: '2026-11-23', to: '2026-11-24', reason: '家中有事', clientRequestId: 'leave-notice-0001' };
    const first = await s.call('demo-fs', 'leave.apply', req);
    if (!first.ok) throw new Error(first.error.message);
    expect(await s.call('demo-fs', 'leave.apply', req, new Date(NOW.getTime() + 30_000))).toEqual(first);
    const msgs = await messagesOf(s, SUPERVISOR_T01, 'leave-request');
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatchObject({
      _id: `${SUPERVISOR_T01}:leave-request:${first.data.id}`,
      title: '有新的请假待审批',
      body: expect.stringMatching(/^红旗村.+请事假2天（11月23日至11月24日）$/),
      page: '/packages/supervisor/pages/approvals/index',
      readAt: null,
    });
    expect(msgs[0].pushStatus).not.toBe('waiting'); // pushed at once outside quiet hours
    // A second leave the same day arrives too.
    expect(await apply(s, { from: '2026-11-26', to: '2026-11-26', type: 'official', clientRequestId: rid() })).toMatchObject({ ok: true });
    expect(await messagesOf(s, SUPERVISOR_T01, 'leave-request')).toHaveLength(2);
    // Long leave goes to the county admin, not the township.
    expect(await apply(s, { from: '2026-12-01', to: '2026-12-04', type: 'sick' })).toMatchObject({ ok: true, data: { approverLevel: 'county' } });
    expect(await messagesOf(s, SUPERVISOR_T01, 'leave-request')).toHaveLength(2);
    expect(await messagesOf(s, ADMIN, 'leave-request')).toEqual([expect.objectContaining({ body: expect.stringContaining('病假4天') })]);
    const inbox = await s.call('demo-supervisor', 'messages.list', {});
    expect(inbox.ok && inbox.data.items.filter((m: any) => m.kind === 'leave-request')).toHaveLength(2);
  });

  it('in quiet hours the request waits for their end', async () => {
    const s = await seeded();
    expect(await apply(s, {}, 'demo-fs', new Date('2026-11-20T14:30:00Z'))).toMatchObject({ ok: true }); // 22:30
    const [m] = await messagesOf(s, SUPERVISOR_T01, 'leave-request');
    expect(m).toMatchObject({ pushStatus: 'waiting', pushAt: '2026-11-20T23:30:00.000Z' });
  });

  it('a decision reaches the cadre: 批准, or 不批准 with the reason; a retried decision adds nothing', async () => {
    const s = await seeded();
    const a = await apply(s, { from: '2026-11-23', to: '2026-11-24' });
    const b = await apply(s, { from: '2026-11-26', to: '2026-11-27' });
    if (!a.ok || !b.ok) throw new Error('apply failed');
    const ok = { leaveId: a.data.id, decision: 'approve' };
    expect(await s.call('demo-supervisor', 'leave.decide', ok)).toMatchObject({ ok: true, data: { status: 'approved' } });
    expect(await s.call('demo-supervisor', 'leave.decide', ok)).toMatchObject({ ok: true, data: { status: 'approved' } });
    const no = { leaveId: b.data.id, decision: 'reject', note: '村里换届选举期间，请改期' };
    expect(await s.call('demo-supervisor', 'leave.decide', no)).toMatchObject({ ok: true, data: { status: 'rejected' } });
    expect(await s.call('demo-supervisor', 'leave.decide', no)).toMatchObject({ ok: true });
    const msgs = await messagesOf(s, FS, 'leave-decision');
    expect(msgs).toHaveLength(2);
    expect(await s.store.get('messages', `${FS}:leave-decision:${a.data.id}`)).toMatchObject({
      title: '请假已批准',
      body: '您的事假（11月23日至11月24日）已批准。',
      page: '/packages/leave/pages/index/index',
    });
    expect(await s.store.get('messages', `${FS}:leave-decision:${b.data.id}`)).toMatchObject({
      title: '请假未批准',
      body: '您的事假（11月26日至11月27日）不批准。理由：村里换届选举期间，请改期',
    });
    const inbox = await s.call('demo-fs', 'messages.list', { unreadOnly: true });
    expect(inbox.ok && inbox.data.items.map((m: any) => m.title).sort()).toEqual(['请假已批准', '请假未批准']);
  });
});

describe('a reminder is done once the cadre did the thing', () => {
  it('clocking in (in the village or 外勤) marks the day’s clock-in reminder read; being outside does not', async () => {
    const s = await setup();
    await s.run([clockInReminder], '2026-11-20T02:00:00Z');
    const fsId = `${FS}:clock-in-reminder:2026-11-20`;
    const memberId = `${P('P0102')}:clock-in-reminder:2026-11-20`;
    expect(await s.store.get('messages', fsId)).toMatchObject({ readAt: null });
    const later = new Date('2026-11-20T02:30:00Z');
    expect(await clockIn(s, later, true, 'demo-member')).toMatchObject({ ok: true, data: { decision: 'outside' } });
    expect(await s.store.get('messages', memberId)).toMatchObject({ readAt: null });
    const v = await s.store.get('villages', 'vil_430121_V001');
    const f = v!.fence[0];
    const field = await s.call('demo-member', 'attendance.clockIn', { lat: f.lat + 0.05, lng: f.lng, accuracyM: 20, reason: '到县里开会', clientRequestId: rid() }, later);
    expect(field).toMatchObject({ ok: true, data: { decision: 'field' } });
    expect(await s.store.get('messages', memberId)).toMatchObject({ readAt: later.toISOString() });
    expect(await clockIn(s, later)).toMatchObject({ ok: true, data: { decision: 'in-village' } });
    expect(await s.store.get('messages', fsId)).toMatchObject({ readAt: later.toISOString() });
    const inbox = await s.call('demo-fs', 'messages.list', { unreadOnly: true }, later);
    expect(inbox.ok && inbox.data.items.some((m: any) => m.kind === 'clock-in-reminder')).toBe(false);
  });

  it('saving the diary marks the day’s diary reminder read, and drops its push still waiting for quiet hours to end', async () => {
    const s = await setup();
    expect(await clockIn(s, NOW)).toMatchObject({ ok: true, data: { decision: 'in-village' } });
    await setRules(s.store, (c) => {
      c.schedule.diaryReminder = '21:45';
    });
    await s.run([diaryReminder], '2026-11-20T13:45:00Z'); // 21:45: the push waits for 07:30
    const id = `${FS}:diary-reminder:2026-11-20`;
    expect(await s.store.get('messages', id)).toMatchObject({ readAt: null, pushStatus: 'waiting' });
    const at = new Date('2026-11-20T14:00:00Z');
    expect(await s.call('demo-fs', 'diary.save', { day: '2026-11-20', sections: sections(TEXT_A), clientRequestId: 'diary-notice-01' }, at)).toMatchObject({ ok: true });
    expect(await s.store.get('messages', id)).toMatchObject({ readAt: at.toISOString(), pushStatus: 'not-needed' });
    expect((await s.run([], '2026-11-20T23:30:00Z')).pushes.statuses).toEqual({});
  });
});
