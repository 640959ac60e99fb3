import { seeded, NOW } from './harness';

const V001 = { lat: 0, lng: 0 };

async function fence(store: Awaited<ReturnType<typeof seeded>>['store']) {
  const v = await store.get('villages', 'vil_430121_V001');
  const f = v!.fence[0];
  V001.lat = f.lat;
  V001.lng = f.lng;
}

describe('attendance.clockIn', () => {
  it('counts an in-village clock-in once, however often it is retried', async () => {
    const { call, store } = await seeded();
    await fence(store);
    const input = { lat: V001.lat, lng: V001.lng, accuracyM: 30, clientRequestId: 'req-00000001' };
    const first = await call('demo-fs', 'attendance.clockIn', input);
    expect(first).toMatchObject({ ok: true, data: { decision: 'in-village', day: '2026-11-20', syncedLater: false } });
    const retry = await call('demo-fs', 'attendance.clockIn', input, new Date(NOW.getTime() + 60_000));
    expect(retry).toEqual(first);
    expect(await store.count('clockins', { personId: 'psn_430121_P0101' })).toBe(1);
    const today = await call('demo-fs', 'cadre.today');
    expect(today).toMatchObject({ ok: true, data: { clockedIn: true } });
  });

  it('tells a cadre outside the fence how far away they are, and records field work with a reason', async () => {
    const { call, store } = await seeded();
    await fence(store);
    const far = { lat: V001.lat + 0.05, lng: V001.lng, accuracyM: 20 };
    const outside = await call('demo-member', 'attendance.clockIn', { ...far, clientRequestId: 'req-00000002' });
    expect(outside).toMatchObject({ ok: true, data: { decision: 'outside' } });
    if (outside.ok) expect(outside.data.distanceM).toBeGreaterThan(4000);
    const field = await call('demo-member', 'attendance.clockIn', { ...far, clientRequestId: 'req-00000003', reason: '到县里参加产业培训' });
    expect(field).toMatchObject({ ok: true, data: { decision: 'field' } });
  });

  it('refuses poor accuracy, absurd coordinates, clocks ahead, and stale offline records, writing nothing', async () => {
    const { call, store } = await seeded();
    await fence(store);
    const base = { lat: V001.lat, lng: V001.lng, accuracyM: 30 };
    expect(await call('demo-fs', 'attendance.clockIn', { ...base, accuracyM: 900, clientRequestId: 'req-00000004' })).toMatchObject({ ok: false, error: { code: 'LOCATION_UNRELIABLE' } });
    expect(await call('demo-fs', 'attendance.clockIn', { ...base, lat: 123, clientRequestId: 'req-00000005' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('demo-fs', 'attendance.clockIn', { ...base, clientRequestId: 'req-00000006', deviceAt: '2026-11-21T03:00:00Z' })).toMatchObject({ ok: false, error: { code: 'TOO_EARLY_OR_LATE' } });
    expect(await call('demo-fs', 'attendance.clockIn', { ...base, clientRequestId: 'req-00000007', deviceAt: '2026-11-17T03:00:00Z' })).toMatchObject({ ok: false, error: { code: 'TOO_EARLY_OR_LATE' } });
    expect(await store.count('clockins', { personId: 'psn_430121_P0101' })).toBe(0);
  });

  it('accepts an offline record within the window, on the day of the tap, marked synced later', async () => {
    const { call, store } = await seeded();
    await fence(store);
    const r = await call('demo-fs', 'attendance.clockIn', { lat: V001.lat, lng: V001.lng, accuracyM: 30, clientRequestId: 'req-00000008', deviceAt: '2026-11-18T23:30:00+08:00' });
    expect(r).toMatchObject({ ok: true, data: { day: '2026-11-18', syncedLater: true } });
  });

  it('is for stationed cadres only', async () => {
    const { call } = await seeded();
    expect(await call('demo-supervisor', 'attendance.clockIn', { lat: 28, lng: 113, accuracyM: 10, clientRequestId: 'req-00000009' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
