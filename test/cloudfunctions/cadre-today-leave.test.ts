import { seeded } from './harness';
import { applied, at, clockIn, type Stack } from './leave-helpers';

let s: Stack;
beforeEach(async () => {
  s = await seeded();
});

async function home(day: string, openid = 'demo-fs') {
  const r = await s.call(openid, 'cadre.today', {}, at(day));
  if (!r.ok) throw new Error(r.error.message);
  return r.data.leave;
}

describe('cadre.today knows about the cadre’s own leave', () => {
  it('shows nothing without leave, then pending, on leave, and overdue until the return clock-in', async () => {
    expect(await home('2026-11-20')).toEqual({ onLeave: null, pending: null, overdue: null });

    const id = await applied(s, { from: '2026-11-23', to: '2026-11-24' });
    expect(await home('2026-11-20')).toEqual({ onLeave: null, pending: { id, type: 'personal', from: '2026-11-23', to: '2026-11-24' }, overdue: null });

    expect((await s.call('demo-supervisor', 'leave.decide', { leaveId: id, decision: 'approve' })).ok).toBe(true);
    expect(await home('2026-11-22')).toEqual({ onLeave: null, pending: null, overdue: null });
    expect(await home('2026-11-23')).toMatchObject({ onLeave: { id, from: '2026-11-23', to: '2026-11-24' }, pending: null, overdue: null });
    expect(await home('2026-11-24')).toMatchObject({ onLeave: { id } });
    // Grace of one day (the default): the 25th is not overdue yet, the 26th is.
    expect(await home('2026-11-25')).toEqual({ onLeave: null, pending: null, overdue: null });
    expect(await home('2026-11-26')).toMatchObject({ onLeave: null, overdue: { id, to: '2026-11-24' } });

    // Back in the village: the clock-in returns (销假) and the red line goes.
    expect((await clockIn(s, at('2026-11-26'))).ok).toBe(true);
    expect(await home('2026-11-26')).toEqual({ onLeave: null, pending: null, overdue: null });
  });

  it('ignores rejected and cancelled leaves and other people’s leaves', async () => {
    const rejected = await applied(s, { from: '2026-11-20', to: '2026-11-20' });
    expect((await s.call('demo-supervisor', 'leave.decide', { leaveId: rejected, decision: 'reject', note: '本周有检查' })).ok).toBe(true);
    const cancelled = await applied(s, { from: '2026-11-25', to: '2026-11-25' });
    expect((await s.call('demo-fs', 'leave.cancel', { leaveId: cancelled })).ok).toBe(true);
    const theirs = await applied(s, { from: '2026-11-20', to: '2026-11-21' }, 'demo-member');
    expect((await s.call('demo-supervisor', 'leave.decide', { leaveId: theirs, decision: 'approve' })).ok).toBe(true);
    expect(await home('2026-11-20')).toEqual({ onLeave: null, pending: null, overdue: null });
    expect(await home('2026-11-20', 'demo-member')).toMatchObject({ onLeave: { id: theirs } });
  });
});
