import { dispatch } from '../../cloudfunctions/scheduler/dispatch';
import { housekeeping } from '../../cloudfunctions/scheduler/jobs/housekeeping';
import { MAX_FAILED_REDEEMS_PER_HOUR } from '../../cloudfunctions/common/invite-throttle';
import { NOW, seeded, testServices } from './harness';

describe('invite.redeem throttle', () => {
  it('allows 10 wrong codes an hour per WeChat user, then answers RATE_LIMITED (even for a right code) until the next hour', async () => {
    const { call, store } = await seeded();
    const overview = await call('demo-admin', 'roster.overview');
    if (!overview.ok) throw new Error(overview.error.message);
    const person = overview.data.people.find((p: { bound: boolean }) => !p.bound) as { id: string };
    const created = await call('demo-admin', 'invite.create', { personId: person.id });
    if (!created.ok) throw new Error(created.error.message);

    for (let i = 0; i < MAX_FAILED_REDEEMS_PER_HOUR; i++) {
      expect(await call('wx-guesser', 'invite.redeem', { code: `WRONG${String(i).padStart(3, '2')}` })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } });
    }
    const limited = await call('wx-guesser', 'invite.redeem', { code: created.data.code });
    expect(limited).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringContaining('过一小时再试') } });
    expect(await store.get('invite_attempts', `2026-11-20T11:wx-guesser`)).toMatchObject({ openid: 'wx-guesser', hour: '2026-11-20T11', n: 10 });
    // Another WeChat user is not held up by the guesser.
    expect(await call('wx-other', 'invite.redeem', { code: 'WRONG999' })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } });
    // Next hour the guesser may try again, and the right code binds.
    const nextHour = new Date(NOW.getTime() + 3600_000);
    expect(await call('wx-guesser', 'invite.redeem', { code: created.data.code }, nextHour)).toMatchObject({ ok: true, data: { person: { id: person.id } } });
  });

  it('does not count a right code, and housekeeping removes counters older than two days', async () => {
    const { call, store } = await seeded();
    await store.insert('invite_attempts', { _id: '2026-11-17T10:wx-old', openid: 'wx-old', hour: '2026-11-17T10', n: 10 });
    await store.insert('invite_attempts', { _id: '2026-11-19T10:wx-recent', openid: 'wx-recent', hour: '2026-11-19T10', n: 3 });
    expect(await call('demo-fs', 'invite.redeem', { code: 'ABCDEFGH' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await store.count('invite_attempts', { openid: 'demo-fs' })).toBe(0);
    const r = await dispatch([housekeeping], { store, services: testServices().services, now: new Date('2026-11-19T19:00:00Z'), log: () => {} });
    expect(Object.values(r.notes)[0]).toContain('1条邀请码尝试计数');
    expect((await store.find('invite_attempts', {})).map((d) => d._id)).toEqual(['2026-11-19T10:wx-recent']);
  });
});

describe('ids derived from a clientRequestId', () => {
  const LONG = `req-${'x'.repeat(60)}`; // 64 characters, the most a clientRequestId may have

  it('a leave applied for with a 64-character clientRequestId can be cancelled, and another decided; retries find the same leave', async () => {
    const s = await seeded();
    const input = { type: 'personal', from: '2026-11-23', to: '2026-11-24', reason: '家中有事' };
    const first = await s.call('demo-fs', 'leave.apply', { ...input, clientRequestId: LONG });
    if (!first.ok) throw new Error(first.error.message);
    const id = first.data.id as string;
    expect(id.length).toBeLessThanOrEqual(64);
    expect(await s.call('demo-fs', 'leave.apply', { ...input, clientRequestId: LONG })).toEqual(first);
    expect(await s.call('demo-fs', 'leave.cancel', { leaveId: id })).toMatchObject({ ok: true, data: { id, status: 'cancelled' } });

    const other = `req-${'y'.repeat(60)}`;
    const second = await s.call('demo-fs', 'leave.apply', { ...input, from: '2026-11-25', to: '2026-11-25', clientRequestId: other });
    if (!second.ok) throw new Error(second.error.message);
    expect(second.data.id).not.toBe(id);
    expect(await s.call('demo-supervisor', 'leave.decide', { leaveId: second.data.id, decision: 'approve' })).toMatchObject({ ok: true, data: { status: 'approved' } });
  });

  it('keeps short ids as they were', async () => {
    const s = await seeded();
    const r = await s.call('demo-fs', 'leave.apply', { type: 'personal', from: '2026-11-23', to: '2026-11-24', reason: '家中有事', clientRequestId: 'leave-short-01' });
    expect(r).toMatchObject({ ok: true, data: { id: 'lv_psn_430121_P0101_leave-short-01' } });
    const v = await s.store.get('villages', 'vil_430121_V001');
    const f = v!.fence[0];
    await s.call('demo-fs', 'attendance.clockIn', { lat: f.lat, lng: f.lng, accuracyM: 20, clientRequestId: 'clock-short-01' });
    expect(await s.store.get('clockins', 'psn_430121_P0101:clock-short-01')).not.toBeNull();
    expect(await s.store.get('requests', 'demo-fs:attendance.clockIn:clock-short-01')).not.toBeNull();
  });

  it('a clock-in with a 64-character clientRequestId is stored under a bounded id, once', async () => {
    const s = await seeded();
    const v = await s.store.get('villages', 'vil_430121_V001');
    const f = v!.fence[0];
    const input = { lat: f.lat, lng: f.lng, accuracyM: 20, clientRequestId: LONG };
    const first = await s.call('demo-fs', 'attendance.clockIn', input);
    expect(first).toMatchObject({ ok: true, data: { decision: 'in-village' } });
    expect(await s.call('demo-fs', 'attendance.clockIn', input)).toEqual(first);
    const docs = await s.store.find('clockins', { personId: 'psn_430121_P0101', day: '2026-11-20' });
    expect(docs).toHaveLength(1);
    expect(docs[0]._id.length).toBeLessThanOrEqual(64);
  });
});
