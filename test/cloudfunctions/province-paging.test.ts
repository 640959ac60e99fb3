import { computeMonthCompliance, countyTarget, pageVillages, snapshotHead } from '../../cloudfunctions/common/compliance-month';
import { dispatch } from '../../cloudfunctions/scheduler/dispatch';
import { monthClose } from '../../cloudfunctions/scheduler/jobs/month-close';
import { NOW, seeded, testServices } from './harness';

const COUNTY = 'cty_430121';

describe('a large county a page at a time', () => {
  it('compliance.monthly answers the counts of the whole scope and one page of villages; nextCursor leads through the rest', async () => {
    const { call, store } = await seeded();
    const all = await call('demo-admin', 'compliance.monthly', { month: '2026-11' });
    expect(all.ok).toBe(true);
    if (!all.ok) return;
    expect(all.data.villages).toHaveLength(12);
    expect(all.data.nextCursor).toBeNull();

    // Pages of 5: 5 + 5 + 2 villages, in the same order, counts unchanged on every page.
    const mc = await computeMonthCompliance(store, await countyTarget(store, COUNTY), '2026-11', NOW);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 3; i++) {
      const page = pageVillages(mc, cursor, 5);
      expect(page.counts).toEqual(mc.counts);
      seen.push(...page.villages.map((v) => v.villageId));
      cursor = page.nextCursor ?? undefined;
    }
    expect(cursor).toBeUndefined();
    expect(seen).toEqual(all.data.villages.map((v: { villageId: string }) => v.villageId));

    const next = await call('demo-admin', 'compliance.monthly', { month: '2026-11', cursor: seen[9] });
    expect(next.ok && next.data.villages.map((v: { villageId: string }) => v.villageId)).toEqual(seen.slice(10));
    const bad = await call('demo-admin', 'compliance.monthly', { month: '2026-11', cursor: 'vil_nowhere' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '翻页标记已失效，请刷新后重试。' } });
  });

  it('reports.dashboard pages its ranking and its people to watch by offset; a further page comes without the chart', async () => {
    const { call } = await seeded();
    const first = await call('demo-admin', 'reports.dashboard', {});
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.data.villagesNext).toBeNull();
    expect(first.data.trend.length).toBeGreaterThan(0);
    const rest = await call('demo-admin', 'reports.dashboard', { villagesCursor: '5' });
    expect(rest.ok).toBe(true);
    if (!rest.ok) return;
    expect(rest.data.villages.map((v: { rank: number }) => v.rank)).toEqual(first.data.villages.slice(5).map((v: { rank: number }) => v.rank));
    expect(rest.data.villages[0].rank).toBe(6);
    expect(rest.data.trend).toEqual([]);
    expect(rest.data.totals).toEqual(first.data.totals);
    const bad = await call('demo-admin', 'reports.dashboard', { atRiskCursor: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('the dashboard\'s further pages', () => {
  it('list the ranking their first page judged (kept five minutes), without judging every village again', async () => {
    const { call, store } = await seeded();
    const first = await call('demo-admin', 'reports.dashboard', {});
    if (!first.ok) throw new Error(first.error.message);
    const find = jest.spyOn(store, 'find');
    const judged = () => find.mock.calls.filter((c) => c[0] === 'village_months' || c[0] === 'person_months').length;
    const minute = await call('demo-admin', 'reports.dashboard', { villagesCursor: '5' }, new Date(NOW.getTime() + 60_000));
    if (!minute.ok) throw new Error(minute.error.message);
    expect(judged()).toBe(0);
    expect(minute.data.villages).toEqual(first.data.villages.slice(5));
    expect(minute.data.totals).toEqual(first.data.totals);
    // Another scope is judged for itself; so is a page asked for after five minutes.
    const township = await call('demo-admin', 'reports.dashboard', { townshipId: 'twn_430121_T01', villagesCursor: '2' }, new Date(NOW.getTime() + 60_000));
    expect(township.ok && township.data.scope.id).toBe('twn_430121_T01');
    expect(judged()).toBeGreaterThan(0);
    find.mockClear();
    const later = await call('demo-admin', 'reports.dashboard', { villagesCursor: '5' }, new Date(NOW.getTime() + 6 * 60_000));
    expect(later.ok && later.data.villages).toEqual(first.data.villages.slice(5));
    expect(judged()).toBeGreaterThan(0);
    find.mockRestore();
  });
});

describe('month close, one snapshot per village', () => {
  it('writes a small head and a document per village; the month, a village and the trend read them', async () => {
    const later = new Date('2026-12-02T03:00:00Z');
    const { store, call } = await seeded(later);
    await dispatch([monthClose], { store, services: testServices().services, now: new Date('2026-11-30T22:00:00Z'), log: () => {} });
    const head = await snapshotHead(store, COUNTY, '2026-11');
    expect(head?.summary).toMatchObject({ closed: true, counts: { villages: 12 } });
    expect(JSON.stringify(head).length).toBeLessThan(20_000);
    const villages = (await store.find('snapshots', { countyId: COUNTY, month: '2026-11' })).filter((d) => d.kind === 'village-month');
    expect(villages).toHaveLength(12);
    const m = await call('demo-admin', 'compliance.monthly', { month: '2026-11' }, later);
    expect(m.ok && m.data.frozenAt).toBe('2026-11-30T22:00:00.000Z');
    expect(m.ok && m.data.villages.map((v: { villageId: string }) => v.villageId)).toEqual(villages.map((v) => v.villageId).sort());
    const one = await call('demo-admin', 'compliance.monthly', { month: '2026-11', villageId: 'vil_430121_V005' }, later);
    expect(one.ok && one.data.villages).toHaveLength(1);
    expect(one.ok && one.data.frozenAt).toBe('2026-11-30T22:00:00.000Z');
    expect((await call('demo-admin', 'reports.village', { villageId: 'vil_430121_V005', month: '2026-11' }, later)).ok).toBe(true);
    const d = await call('demo-admin', 'reports.dashboard', { month: '2026-11' }, later);
    expect(d.ok && d.data.trend.find((t: { month: string }) => t.month === '2026-11').cadres).toBe(m.ok && m.data.counts.cadres);
  });
});
