import { seeded } from './harness';

/** The demo's records on dates where calendars break: the 1st before the morning jobs, 31 December, a month's 20th. */
describe.each(['2026-12-01T00:10:00Z', '2026-12-31T11:00:00Z', '2027-01-04T01:30:00Z', '2026-11-20T03:00:00Z'])('demo inspection seed at %s', (iso) => {
  it('has a signed record of last month with its problems in the ledger, and a draft', async () => {
    const s = await seeded(new Date(iso));
    const draws = await s.store.find('draws', { status: 'drawn' });
    // The records this seed writes: those of drawn villages (the ledger's demo adds minimal ones of its own).
    const records = (await s.store.find('inspection_records', {})).filter((r) => draws.some((d) => d._id === r.drawId));
    if (draws.length === 0) return expect(records).toHaveLength(0);
    const signed = records.filter((r) => r.status === 'signed');
    expect(signed).toHaveLength(1);
    expect(records.filter((r) => r.status === 'draft')).toHaveLength(1);
    const rec = signed[0];
    const expected = rec.items.filter((i) => i.answer === 'no').length + 1;
    expect(rec.signatures.map((x) => x.role).sort()).toEqual(expect.arrayContaining(['first_secretary', 'inspector', 'village_secretary']));
    expect(rec.problems.length).toBe(expected);
    expect(expected).toBeGreaterThanOrEqual(2);
    expect(await s.store.count('problems', { inspectionId: rec._id, status: 'open' })).toBe(expected);
    const inspector = await s.call('demo-inspector', 'inspection.get', { recordId: rec._id });
    expect(inspector).toMatchObject({ ok: true, data: { status: 'signed' } });
    // Every record in the county admin's list opens, the ledger's minimal ones included.
    const list = await s.call('demo-admin', 'inspection.list', {});
    expect(list.ok).toBe(true);
    if (list.ok) for (const r of list.data.records) expect(await s.call('demo-admin', 'inspection.get', { recordId: r.id })).toMatchObject({ ok: true });
  });
});
