import { seeded } from './harness';
import { seedProblems, T1, V1 } from './ledger-helpers';

const MONTH = '2026-10';
const AT = new Date('2026-11-04T02:00:00Z'); // 4 November: before the 5th

/** A city of our own above the demo county and an empty second county, with a city admin. */
async function setup() {
  const s = await seeded(AT);
  await s.store.update('counties', 'cty_430121', { cityId: 'city-test' });
  await s.store.put('counties', { _id: 'cty_999998', code: '999998', name: '测试二县', cityId: 'city-test' });
  await s.store.insert('grants', { _id: 'g-city-report', personId: 'psn_430121_P0006', countyId: 'cty_430121', role: 'city_admin', scopeLevel: 'city', scopeId: 'city-test', scopeName: '测试市' });
  await s.store.put('people', { _id: 'psn_430121_P0006', countyId: 'cty_430121', code: 'P0006', name: '市组织部甲', phone: null, unitId: null, villageId: null, stationedFrom: null, stationedUntil: null, openid: 'city-report-admin' });
  return s;
}

describe('monthly report to the city', () => {
  it('is generated from the records, sent once by the county admin, and the city admin sees who sent', async () => {
    const { call, store } = await setup();
    await seedProblems(store, MONTH, [{ id: V1, townshipId: T1 }], '2026-11-02');
    const draft = await call('demo-admin', 'report.monthly', { month: MONTH }, AT);
    if (!draft.ok) throw new Error(draft.error.message);
    expect(draft.data).toMatchObject({ sent: null, dueDay: '2026-11-05', over: true });
    const r = draft.data.report;
    expect(r.compliance.cadres).toBe(36);
    expect(r.compliance.passed + r.compliance.failed).toBe(36);
    expect(r.problems).toMatchObject({ found: expect.any(Number), overdue: expect.any(Number) });
    expect(r.problems.found).toBeGreaterThanOrEqual(1);
    expect(r.grades.counts.reduce((s: number, c: { count: number }) => s + c.count, 0)).toBe(36);
    expect(r.lines).toHaveLength(4);
    expect(r.lines[0]).toMatch(/^驻村考勤：12个村36名驻村干部/);
    // The report follows the records: one more problem, one more found.
    await seedProblems(store, MONTH, [{ id: 'vil_430121_V005', townshipId: 'twn_430121_T02' }], '2026-11-30');
    const again = await call('demo-admin', 'report.monthly', { month: MONTH }, AT);
    expect(again.ok && again.data.report.problems.found).toBe(r.problems.found + 1);

    // Not yet sent: the city sees both counties unsent.
    expect(await call('city-report-admin', 'report.monthlyStatus', { month: MONTH }, AT)).toMatchObject({
      ok: true,
      data: { dueDay: '2026-11-05', counties: [{ countyName: '长沙县', sent: null }, { countyName: '测试二县', sent: null }] },
    });
    expect(await call('demo-admin', 'report.monthlySend', { month: '2026-11' }, AT)).toMatchObject({ ok: false, error: { code: 'TOO_EARLY_OR_LATE' } });
    expect(await call('demo-supervisor', 'report.monthlySend', { month: MONTH }, AT)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const sent = await call('demo-admin', 'report.monthlySend', { month: MONTH }, AT);
    expect(sent).toMatchObject({ ok: true, data: { sent: { late: false, byName: expect.any(String) } } });
    const twice = await call('demo-admin', 'report.monthlySend', { month: MONTH }, new Date('2026-11-09T02:00:00Z'));
    expect(twice.ok && sent.ok && twice.data.sent.at).toBe(sent.ok ? sent.data.sent.at : '');
    expect(await store.count('monthly_reports', {})).toBe(1);
    expect(await store.count('messages', { kind: 'monthly-report', personId: 'psn_430121_P0006' })).toBe(1);
    expect(await store.count('audit', { entity: 'monthly-report' })).toBe(1);
    // What was sent stays as sent, whatever changes later.
    await seedProblems(store, MONTH, [{ id: 'vil_430121_V009', townshipId: 'twn_430121_T03' }], '2026-11-30');
    const kept = await call('city-report-admin', 'report.monthly', { month: MONTH, countyId: 'cty_430121' }, AT);
    expect(kept.ok && kept.data.report.problems.found).toBe(r.problems.found + 1);
    const status = await call('city-report-admin', 'report.monthlyStatus', { month: MONTH }, AT);
    expect(status).toMatchObject({ ok: true, data: { counties: [{ countyName: '长沙县', sent: { late: false } }, { countyName: '测试二县', sent: null }] } });
    // Scopes: the county admin cannot read another county, nor the city's status; villagers nothing.
    expect(await call('demo-admin', 'report.monthly', { month: MONTH, countyId: 'cty_999998' }, AT)).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-admin', 'report.monthlyStatus', { month: MONTH }, AT)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-villager', 'report.monthly', { month: MONTH }, AT)).toMatchObject({ ok: false });
    expect(await call('city-report-admin', 'report.monthly', { month: '2026-13' }, AT)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('a report sent after the 5th is marked late', async () => {
    const { call } = await setup();
    const late = new Date('2026-11-06T01:00:00Z');
    expect(await call('demo-admin', 'report.monthlySend', { month: MONTH }, late)).toMatchObject({ ok: true, data: { sent: { late: true } } });
  });
});
