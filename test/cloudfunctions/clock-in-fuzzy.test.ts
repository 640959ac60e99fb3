import { seeded, NOW } from './harness';

type Stack = Awaited<ReturnType<typeof seeded>>;
const FS = 'psn_430121_P0101';
/** One metre of latitude, in degrees. */
const M_LAT = 1 / 111_195;

/** V001's first fence (radius 800 m); points are moved south, away from its second fence. */
async function fence(s: Stack) {
  const v = await s.store.get('villages', 'vil_430121_V001');
  return v!.fence[0];
}
/** A point `outsideM` metres beyond the fence's edge (negative: inside), due south. */
async function beyondEdge(s: Stack, outsideM: number) {
  const f = await fence(s);
  return { lat: f.lat - (f.radiusM + outsideM) * M_LAT, lng: f.lng };
}
async function setRules(s: Stack, clockIn: Record<string, number>) {
  const view = await s.call('demo-admin', 'settings.rules.get');
  if (!view.ok) throw new Error(view.error.message);
  const r = await s.call('demo-admin', 'settings.rules.set', { rules: { ...view.data.rules, clockIn: { ...view.data.rules.clockIn, ...clockIn } }, version: view.data.version, clientRequestId: `rules-${Object.values(clockIn).join('-')}` });
  if (!r.ok) throw new Error(r.error.message);
}
const openFlags = async (s: Stack) => {
  const r = await s.call('demo-supervisor', 'flags.list', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.data.flags as { kind: string; kindLabel: string; personId: string; explanation: string; evidence: Record<string, unknown> }[];
};

describe('attendance.clockIn with a fuzzy (approximate) position', () => {
  it('does not count 915 m outside with 1,999 m accuracy: the county caps fuzzy accuracy, nothing is written', async () => {
    const s = await seeded();
    const p = await beyondEdge(s, 915);
    const r = await s.call('demo-fs', 'attendance.clockIn', { ...p, accuracyM: 1999, fuzzy: true, clientRequestId: 'fuzzy-0000001' });
    expect(r).toMatchObject({ ok: false, error: { code: 'LOCATION_UNRELIABLE', message: expect.stringContaining('模糊定位误差约1999米') } });
    expect(await s.store.count('clockins', { personId: FS })).toBe(0);
  });

  it('counts a fuzzy fix that is inside only thanks to the widening, and always raises a flag for the supervisors', async () => {
    const s = await seeded();
    const p = await beyondEdge(s, 915);
    const r = await s.call('demo-fs', 'attendance.clockIn', { ...p, accuracyM: 1000, fuzzy: true, clientRequestId: 'fuzzy-0000002' });
    expect(r).toMatchObject({ ok: true, data: { decision: 'in-village', fuzzy: true, message: expect.stringContaining('模糊定位') } });
    const flags = await openFlags(s);
    const f = flags.find((x) => x.kind === 'fuzzy-widened');
    expect(f).toMatchObject({ kindLabel: '模糊定位放宽后才算在村', personId: FS, evidence: { radiusM: 800, extraM: 1000 } });
    expect(f!.explanation).toContain('放宽1000米后才算在村');
    expect(f!.evidence.distanceM).toBeGreaterThan(1700);
  });

  it('widens only by the county rule, and at most by the fix\'s stated accuracy', async () => {
    const s = await seeded();
    const p = await beyondEdge(s, 915);
    // A fuzzy fix claiming 300 m accuracy gets 300 m, not the county's 1,000 m: outside.
    const tight = await s.call('demo-fs', 'attendance.clockIn', { ...p, accuracyM: 300, fuzzy: true, clientRequestId: 'fuzzy-0000003' });
    expect(tight).toMatchObject({ ok: true, data: { decision: 'outside' } });
    // The county narrows the widening to 500 m: 915 m outside is outside, 400 m outside counts (flagged).
    await setRules(s, { fuzzyExtraM: 500 });
    const later = new Date(NOW.getTime() + 60_000);
    expect(await s.call('demo-fs', 'attendance.clockIn', { ...p, accuracyM: 1000, fuzzy: true, clientRequestId: 'fuzzy-0000004' }, later)).toMatchObject({ ok: true, data: { decision: 'outside' } });
    const near = await beyondEdge(s, 400);
    expect(await s.call('demo-fs', 'attendance.clockIn', { ...near, accuracyM: 1000, fuzzy: true, clientRequestId: 'fuzzy-0000005' }, later)).toMatchObject({ ok: true, data: { decision: 'in-village' } });
    expect((await openFlags(s)).filter((f) => f.kind === 'fuzzy-widened')).toHaveLength(1);
    // The settings are bounded: no county may widen by more than 1,000 m or accept fuzzy fixes worse than 2,000 m.
    const view = await s.call('demo-admin', 'settings.rules.get');
    if (!view.ok) throw new Error(view.error.message);
    const tooWide = await s.call('demo-admin', 'settings.rules.set', { rules: { ...view.data.rules, clockIn: { ...view.data.rules.clockIn, fuzzyExtraM: 5000 } }, version: view.data.version, clientRequestId: 'rules-too-wide' });
    expect(tooWide).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const tooCoarse = await s.call('demo-admin', 'settings.rules.set', { rules: { ...view.data.rules, clockIn: { ...view.data.rules.clockIn, fuzzyMaxAccuracyM: 5000 } }, version: view.data.version, clientRequestId: 'rules-too-coarse' });
    expect(tooCoarse).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('raises no widening flag when the plain fence decides, fuzzy or not', async () => {
    const s = await seeded();
    const inside = await beyondEdge(s, -100);
    expect(await s.call('demo-fs', 'attendance.clockIn', { ...inside, accuracyM: 1000, fuzzy: true, clientRequestId: 'fuzzy-0000006' })).toMatchObject({ ok: true, data: { decision: 'in-village' } });
    expect((await openFlags(s)).filter((f) => f.kind === 'fuzzy-widened')).toEqual([]);
  });

  it('still runs the spoofing checks on a fix the phone marks fuzzy', async () => {
    const s = await seeded();
    const f = await fence(s);
    // Hand-typed round coordinates inside the fence, claimed fuzzy.
    const typed = { lat: Math.round(f.lat * 1000) / 1000, lng: Math.round(f.lng * 1000) / 1000 };
    expect(await s.call('demo-fs', 'attendance.clockIn', { ...typed, accuracyM: 1000, fuzzy: true, clientRequestId: 'fuzzy-0000007' })).toMatchObject({ ok: true, data: { decision: 'in-village' } });
    // The same exact coordinates and fractional accuracy on three days, claimed fuzzy.
    const fixed = { lat: f.lat + 0.0001234, lng: f.lng + 0.0002345, accuracyM: 987.65, fuzzy: true };
    for (const [i, day] of ['2026-11-18', '2026-11-19', '2026-11-20'].entries()) {
      const r = await s.call('demo-fs', 'attendance.clockIn', { ...fixed, clientRequestId: `fuzzy-rep-000${i}` }, new Date(`${day}T02:00:00Z`));
      expect(r).toMatchObject({ ok: true, data: { decision: 'in-village' } });
    }
    // And a jump of 40 km in ten minutes, claimed fuzzy.
    const jump = await s.call('demo-fs', 'attendance.clockIn', { lat: f.lat + 40_000 * M_LAT, lng: f.lng, accuracyM: 1000, fuzzy: true, reason: '到县里开会', clientRequestId: 'fuzzy-0000008' }, new Date('2026-11-20T02:10:00Z'));
    expect(jump).toMatchObject({ ok: true, data: { decision: 'field' } });
    const kinds = new Set((await openFlags(s)).filter((x) => x.personId === FS).map((x) => x.kind));
    expect(kinds).toEqual(new Set(['round-coordinates', 'repeated-coordinates', 'constant-accuracy', 'impossible-travel']));
  });
});
