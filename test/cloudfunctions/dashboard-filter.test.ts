import { seeded } from './harness';

describe('reports.dashboard: search and colour filter', () => {
  it('keeps only matching villages with their ranks from the whole list, and counts them', async () => {
    const s = await seeded();
    const all = await s.call('demo-admin', 'reports.dashboard', { month: '2026-11' });
    if (!all.ok) throw new Error(all.error.message);
    expect(all.data.matching).toBe(all.data.totals.villages);
    const target = all.data.villages[all.data.villages.length - 1];
    const one = await s.call('demo-admin', 'reports.dashboard', { month: '2026-11', search: ` ${target.name.slice(0, 2)} ` });
    if (!one.ok) throw new Error(one.error.message);
    expect(one.data.villages.map((v: { id: string }) => v.id)).toContain(target.id);
    expect(one.data.villages.find((v: { id: string }) => v.id === target.id).rank).toBe(target.rank);
    expect(one.data.matching).toBe(one.data.villages.length);
    expect(one.data.totals).toEqual(all.data.totals); // the month's totals stay the whole scope's

    for (const tone of ['bad', 'warn', 'ok'] as const) {
      const r = await s.call('demo-admin', 'reports.dashboard', { month: '2026-11', tone });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.data.villages.every((v: { tone: string }) => v.tone === tone)).toBe(true);
      expect(r.data.matching).toBe(all.data.villages.filter((v: { tone: string }) => v.tone === tone).length);
    }
  });

  it('the count beside the colour is the green people, by the same rule as the colour', async () => {
    const s = await seeded();
    const r = await s.call('demo-admin', 'reports.dashboard', { month: '2026-11' });
    if (!r.ok) throw new Error(r.error.message);
    for (const v of r.data.villages) {
      if (v.tone === 'ok') expect(v.passingCadres).toBe(v.cadres);
      if (v.passingCadres < v.cadres) expect(v.tone).not.toBe('ok');
    }
  });

  it("gives each person to watch their roster phone", async () => {
    const s = await seeded();
    const r = await s.call('demo-admin', 'reports.dashboard', { month: '2026-11' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.atRisk.length).toBeGreaterThan(0);
    for (const p of r.data.atRisk.slice(0, 5)) expect(p.phone).toBe((await s.store.get('people', p.personId))!.phone ?? null);
  });

  it('refuses a search over 20 characters in Chinese', async () => {
    const s = await seeded();
    expect(await s.call('demo-admin', 'reports.dashboard', { search: '村'.repeat(21) })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('搜索最多20个字') } });
  });
});
