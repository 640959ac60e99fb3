import { NOW, seeded, testServices } from './harness';
import { dispatch } from '../../cloudfunctions/scheduler/dispatch';
import { monthClose } from '../../cloudfunctions/scheduler/jobs/month-close';
import { writeRollup } from '../../cloudfunctions/common/month';

const V001 = 'vil_430121_V001';
const V005 = 'vil_430121_V005';
const T01 = 'twn_430121_T01';
const T02 = 'twn_430121_T02';

describe('compliance.monthly', () => {
  it('gives the township supervisor their township, per village and cadre, with Chinese reasons', async () => {
    const { call } = await seeded();
    const r = await call('demo-supervisor', 'compliance.monthly', { month: '2026-10' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.scope).toEqual({ level: 'township', id: T01, name: '城关镇' });
    expect(r.data.closed).toBe(true);
    expect(r.data.villages.map((v: { villageId: string }) => v.villageId)).toEqual([
      'vil_430121_V001',
      'vil_430121_V002',
      'vil_430121_V003',
      'vil_430121_V004',
    ]);
    const v003 = r.data.villages.find((v: { villageId: string }) => v.villageId === 'vil_430121_V003');
    // P0301 is a lagging first secretary in the demo.
    const p0301 = v003.persons.find((p: { personId: string }) => p.personId === 'psn_430121_P0301');
    expect(p0301.status).toBe('fail');
    expect(p0301.rules.find((x: { rule: string }) => x.rule === 'presence').reason).toMatch(/驻村\d+天，少于要求的\d+天/);
    expect(v003.status).toBe('fail');
    expect(v003.reasons.some((s: string) => s.startsWith(`${p0301.name}：`))).toBe(true);
    expect(r.data.counts.cadres).toBe(12);
  });

  it('is pending (not failed) for a running month where nothing failed yet, with a projection', async () => {
    const { call } = await seeded();
    const r = await call('demo-fs', 'compliance.monthly', { month: '2026-11' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.scope.level).toBe('village');
    expect(r.data.villages).toHaveLength(1);
    expect(r.data.asOf).toBe('2026-11-20');
    const fs = r.data.villages[0].persons.find((p: { personId: string }) => p.personId === 'psn_430121_P0101');
    expect(fs.projection.sentence).toMatch(/驻村|达到要求/);
  });

  it('keeps every caller inside their scope', async () => {
    const { call } = await seeded();
    expect(await call('demo-supervisor', 'compliance.monthly', { month: '2026-10', townshipId: T02 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-supervisor', 'compliance.monthly', { month: '2026-10', villageId: V005 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-fs', 'compliance.monthly', { month: '2026-10', townshipId: T01 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-member', 'compliance.monthly', { month: '2026-10', villageId: V005 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-villager', 'compliance.monthly', { month: '2026-10' })).toMatchObject({ ok: false });
    const county = await call('demo-admin', 'compliance.monthly', { month: '2026-10' });
    expect(county.ok && county.data.scope.level).toBe('county');
    expect(county.ok && county.data.villages).toHaveLength(12);
    const t2 = await call('demo-admin', 'compliance.monthly', { month: '2026-10', townshipId: T02 });
    expect(t2.ok && t2.data.villages.every((v: { townshipId: string }) => v.townshipId === T02)).toBe(true);
    const v1 = await call('demo-member', 'compliance.monthly', { month: '2026-10', villageId: V001 });
    expect(v1.ok && v1.data.villages).toHaveLength(1);
  });

  it('refuses bad input in Chinese, a future month, and a year without a calendar', async () => {
    const { call } = await seeded();
    const both = await call('demo-admin', 'compliance.monthly', { month: '2026-10', townshipId: T01, villageId: V001 });
    expect(both).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('demo-admin', 'compliance.monthly', { month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const future = await call('demo-admin', 'compliance.monthly', { month: '2026-12' });
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '这个月还没到，无法统计。' } });
    const y2027 = await call('demo-admin', 'compliance.monthly', { month: '2027-01' }, new Date('2027-01-05T03:00:00Z'));
    expect(y2027).toMatchObject({ ok: false, error: { code: 'CALENDAR_UNKNOWN' } });
    expect(NOW.toISOString()).toBe('2026-11-20T03:00:00.000Z');
  });

  it('reads one month document per village, never the clock-ins, nor every person, grant and rollup', async () => {
    const { store, call } = await seeded();
    const find = jest.spyOn(store, 'find');
    await call('demo-admin', 'compliance.monthly', { month: '2026-10' });
    const colls = new Set(find.mock.calls.map((c) => c[0]));
    expect(colls.has('village_months')).toBe(true);
    for (const c of ['clockins', 'person_months'] as const) expect(colls.has(c)).toBe(false);
    // People and grants: only the caller's own (who is asking), never the county's.
    const org = find.mock.calls.filter((c) => c[0] === 'people' || c[0] === 'grants').map((c) => c[1]);
    expect(org).toEqual([{ openid: 'demo-admin' }, { personId: 'psn_430121_P0001' }]);
  });
  it('reads a closed month from its month-close snapshot (frozen), cut to the caller\'s scope', async () => {
    const { store, call } = await seeded();
    const { services } = testServices();
    await dispatch([monthClose], { store, services, now: new Date('2026-11-01T00:00:00Z'), log: () => {} });
    const before = await call('demo-supervisor', 'compliance.monthly', { month: '2026-10' });
    if (!before.ok) throw new Error(before.error.message);
    expect(before.data.frozenAt).toBe('2026-11-01T00:00:00.000Z');
    expect(before.data.scope.id).toBe(T01);
    expect(before.data.villages).toHaveLength(4);
    // A later change to the rollup does not alter the frozen month.
    const doc = await store.get('person_months', 'psn_430121_P0301:2026-10');
    await writeRollup(store, { ...doc!, presentDays: [] });
    const after = await call('demo-supervisor', 'compliance.monthly', { month: '2026-10' });
    expect(after.ok && after.data).toEqual(before.data);
    const live = await call('demo-supervisor', 'compliance.monthly', { month: '2026-11' });
    expect(live.ok && live.data.frozenAt).toBeNull();
  });
});
