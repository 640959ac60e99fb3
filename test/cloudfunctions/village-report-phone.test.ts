import { seeded } from './harness';

describe('reports.village gives the supervisor a way to reach each cadre', () => {
  it("carries each cadre's roster phone, and null where the roster has none", async () => {
    const s = await seeded();
    const fs = await s.store.get('people', 'psn_430121_P0101');
    await s.store.update('people', 'psn_430121_P0101', { phone: '13912345678' });
    const r = await s.call('demo-supervisor', 'reports.village', { villageId: fs!.villageId, month: '2026-11' });
    if (!r.ok) throw new Error(r.error.message);
    const mine = r.data.cadres.find((c: { personId: string }) => c.personId === 'psn_430121_P0101');
    expect(mine.phone).toBe('13912345678');
    const other = r.data.cadres.find((c: { personId: string }) => c.personId !== 'psn_430121_P0101');
    await s.store.update('people', other.personId, { phone: null });
    const again = await s.call('demo-supervisor', 'reports.village', { villageId: fs!.villageId, month: '2026-11' });
    expect(again.ok && again.data.cadres.find((c: { personId: string }) => c.personId === other.personId).phone).toBeNull();
  });
});
