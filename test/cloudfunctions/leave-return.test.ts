import { seeded } from './harness';
import { applied, at, clockIn, rollup, type Stack } from './leave-helpers';

let s: Stack;
beforeEach(async () => {
  s = await seeded();
});

async function approvedLeave(patch: Record<string, unknown>, approver = 'demo-supervisor') {
  const id = await applied(s, patch);
  const r = await s.call(approver, 'leave.decide', { leaveId: id, decision: 'approve' });
  if (!r.ok) throw new Error(r.error.message);
  return id;
}

describe('return (销假) by an in-village clock-in', () => {
  it('closes an approved leave on the first in-village clock-in on or after the return date', async () => {
    const id = await approvedLeave({ from: '2026-11-23', to: '2026-11-24' });
    await clockIn(s, at('2026-11-22'));
    expect(await s.store.get('leaves', id)).toMatchObject({ status: 'approved', returnedAt: null });
    await clockIn(s, at('2026-11-25'), true); // outside the village: no return
    expect(await s.store.get('leaves', id)).toMatchObject({ status: 'approved' });
    const r = await clockIn(s, at('2026-11-25'));
    expect(r).toMatchObject({ ok: true, data: { decision: 'in-village' } });
    expect(await s.store.get('leaves', id)).toMatchObject({ status: 'returned', returnDay: '2026-11-25', returnedAt: at('2026-11-25').toISOString(), to: '2026-11-24', days: 2, plannedTo: null });
    expect((await rollup(s, '2026-11')).leaveDays).toEqual(['2026-11-23', '2026-11-24']);
    expect(await s.store.count('audit', { entity: 'leave', action: 'return' })).toBe(1);
    const mine = await s.call('demo-fs', 'leave.mine', {}, at('2026-11-26'));
    expect(mine.ok && mine.data.leaves[0]).toMatchObject({ status: 'returned', overdue: false });
  });

  it('a late return still closes the leave, and until then the leave shows as overdue', async () => {
    const id = await approvedLeave({ from: '2026-11-23', to: '2026-11-23' });
    const before = await s.call('demo-supervisor', 'leave.queue', {}, at('2026-11-25'));
    expect(before.ok && before.data.awaitingReturn.find((l: { id: string }) => l.id === id)).toMatchObject({ overdue: true });
    await clockIn(s, at('2026-11-27'));
    expect(await s.store.get('leaves', id)).toMatchObject({ status: 'returned', returnDay: '2026-11-27' });
    const after = await s.call('demo-supervisor', 'leave.queue', {}, at('2026-11-27'));
    expect(after.ok && after.data.awaitingReturn.some((l: { id: string }) => l.id === id)).toBe(false);
  });

  it('an early return ends the leave the day before and gives the unused days back, across months', async () => {
    const id = await approvedLeave({ from: '2026-11-28', to: '2026-12-03', type: 'annual' }, 'demo-admin');
    expect((await rollup(s, '2026-12')).leaveDays).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    await clockIn(s, at('2026-11-28')); // on the first day, before leaving: nothing changes
    expect(await s.store.get('leaves', id)).toMatchObject({ status: 'approved', to: '2026-12-03' });
    await clockIn(s, at('2026-11-30'));
    expect(await s.store.get('leaves', id)).toMatchObject({ status: 'returned', from: '2026-11-28', to: '2026-11-29', days: 2, plannedTo: '2026-12-03', returnDay: '2026-11-30' });
    expect((await rollup(s, '2026-11')).leaveDays).toEqual(['2026-11-28', '2026-11-29']);
    expect((await rollup(s, '2026-11')).presentDays).toContain('2026-11-30');
    expect((await rollup(s, '2026-12')).leaveDays).toEqual([]);
    expect(await s.store.count('audit', { entity: 'leave', action: 'return-early' })).toBe(1);
  });

  it('an in-village clock-in kept offline and sent later returns on the day it was made', async () => {
    const id = await approvedLeave({ from: '2026-11-23', to: '2026-11-24' });
    const v = await s.store.get('villages', 'vil_430121_V001');
    const f = v!.fence[0];
    const r = await s.call('demo-fs', 'attendance.clockIn', { lat: f.lat, lng: f.lng, accuracyM: 20, clientRequestId: 'leave-offline-01', deviceAt: '2026-11-25T00:30:00Z' }, at('2026-11-26'));
    expect(r).toMatchObject({ ok: true, data: { syncedLater: true, day: '2026-11-25' } });
    expect(await s.store.get('leaves', id)).toMatchObject({ status: 'returned', returnDay: '2026-11-25', returnedAt: '2026-11-25T00:30:00.000Z' });
  });

  it('an early return from 公假 gives official days back', async () => {
    const id = await approvedLeave({ from: '2026-11-23', to: '2026-11-25', type: 'official', reason: '县里集中培训' });
    await clockIn(s, at('2026-11-24'));
    expect(await s.store.get('leaves', id)).toMatchObject({ status: 'returned', to: '2026-11-23', days: 1 });
    expect(await rollup(s, '2026-11')).toMatchObject({ officialDays: ['2026-11-23'], leaveDays: [] });
  });

  it('leaves pending, future and other people’s leaves alone; a retried clock-in changes nothing more', async () => {
    const pending = await applied(s, { from: '2026-11-21', to: '2026-11-22' });
    const future = await approvedLeave({ from: '2026-11-26', to: '2026-11-27' });
    const theirs = await applied(s, { from: '2026-11-21', to: '2026-11-21' }, 'demo-member');
    await s.call('demo-supervisor', 'leave.decide', { leaveId: theirs, decision: 'approve' });
    await clockIn(s, at('2026-11-23'));
    expect(await s.store.get('leaves', pending)).toMatchObject({ status: 'pending' });
    expect(await s.store.get('leaves', future)).toMatchObject({ status: 'approved' });
    expect(await s.store.get('leaves', theirs)).toMatchObject({ status: 'approved' });
    const v = await s.store.get('villages', 'vil_430121_V001');
    const f = v!.fence[0];
    const req = { lat: f.lat, lng: f.lng, accuracyM: 20, clientRequestId: 'leave-retry-0001' };
    await approvedLeave({ from: '2026-11-24', to: '2026-11-24' }).catch(() => undefined);
    const first = await s.call('demo-fs', 'attendance.clockIn', req, at('2026-11-25'));
    expect(await s.call('demo-fs', 'attendance.clockIn', req, at('2026-11-25'))).toEqual(first);
    expect(await s.store.count('audit', { entity: 'leave', action: 'return' })).toBe(1);
  });
});
