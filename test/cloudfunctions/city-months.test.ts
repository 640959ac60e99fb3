import { seeded } from './harness';

const DEMO_COUNTY = 'cty_430121';
const SECOND_COUNTY = 'cty_439902';

describe("a city admin reads each county's month", () => {
  it('opens on a county of the city, switches to the other, and lists both to switch between', async () => {
    const s = await seeded();
    const first = await s.call('demo-city-admin', 'reports.dashboard', { month: '2026-11' });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.data.counties.map((c: { id: string }) => c.id).sort()).toEqual([DEMO_COUNTY, SECOND_COUNTY]);
    expect(first.data.scope.level).toBe('county');
    const other = first.data.countyId === DEMO_COUNTY ? SECOND_COUNTY : DEMO_COUNTY;
    const second = await s.call('demo-city-admin', 'reports.dashboard', { month: '2026-11', countyId: other });
    if (!second.ok) throw new Error(second.error.message);
    expect(second.data.countyId).toBe(other);
    expect(second.data.scope).toMatchObject({ level: 'county', id: other });
    // The same month as the county's own admin sees it.
    const admin = await s.call('demo-admin', 'reports.dashboard', { month: '2026-11' });
    const cityView = await s.call('demo-city-admin', 'reports.dashboard', { month: '2026-11', countyId: DEMO_COUNTY });
    expect(cityView.ok && admin.ok && cityView.data.totals).toEqual(admin.ok && admin.data.totals);
    expect(admin.ok && admin.data.counties).toEqual([]);
  });

  it("reads a township of a county and a cadre's month, but nothing outside the city and nothing for others", async () => {
    const s = await seeded();
    const [t] = await s.store.find('townships', { countyId: DEMO_COUNTY });
    const r = await s.call('demo-city-admin', 'reports.dashboard', { month: '2026-11', countyId: DEMO_COUNTY, townshipId: t._id });
    expect(r).toMatchObject({ ok: true, data: { scope: { level: 'township', id: t._id } } });
    const fs = (await s.store.find('people', { openid: 'demo-fs' }))[0];
    expect(await s.call('demo-city-admin', 'cadre.month', { personId: fs._id, month: '2026-11' })).toMatchObject({ ok: true });

    await s.store.put('counties', { _id: 'cty_999999', code: '999999', name: '外市县', cityId: 'city_999900' });
    expect(await s.call('demo-city-admin', 'reports.dashboard', { countyId: 'cty_999999' })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await s.call('demo-city-admin', 'reports.dashboard', { countyId: 'cty_nowhere' })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    // A county admin cannot look at another county through countyId.
    expect(await s.call('demo-admin', 'reports.dashboard', { countyId: SECOND_COUNTY })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
  });
});
