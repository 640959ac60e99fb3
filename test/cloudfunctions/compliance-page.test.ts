import { computeMonthCompliance, countyTarget, pageVillages } from '../../cloudfunctions/common/compliance-month';
import { decodeCursor, encodeCursor, monthCompliancePage } from '../../cloudfunctions/common/compliance-page';
import { dispatch } from '../../cloudfunctions/scheduler/dispatch';
import { monthClose } from '../../cloudfunctions/scheduler/jobs/month-close';
import { NOW, seeded, testServices } from './harness';

const COUNTY = 'cty_430121';
const ids = (p: { villages: { villageId: string }[] }) => p.villages.map((v) => v.villageId);

describe('compliance.monthly a page at a time', () => {
  it('a further page judges only its own villages and keeps the counts of the whole scope', async () => {
    const { store } = await seeded();
    const target = await countyTarget(store, COUNTY);
    const whole = await computeMonthCompliance(store, target, '2026-11', NOW);

    const first = await monthCompliancePage(store, target, '2026-11', NOW, undefined, 5);
    expect(first.counts).toEqual(whole.counts);
    expect(first.villages).toEqual(whole.villages.slice(0, 5));
    expect(first.nextCursor).toMatch(/~/);

    // The next page reads the village months of its own 5 villages only, and answers as the whole month's page does.
    const find = jest.spyOn(store, 'find');
    const second = await monthCompliancePage(store, target, '2026-11', NOW, first.nextCursor!, 5);
    const rollupsRead = (await Promise.all(find.mock.results.filter((_, i) => find.mock.calls[i][0] === 'village_months').map((r) => r.value))).flat();
    find.mockRestore();
    expect(second.villages).toEqual(whole.villages.slice(5, 10));
    expect(second.counts).toEqual(whole.counts);
    expect(new Set(rollupsRead.map((d) => d.villageId))).toEqual(new Set(ids(second)));

    const third = await monthCompliancePage(store, target, '2026-11', NOW, second.nextCursor!, 5);
    expect(ids(third)).toEqual(ids(whole).slice(10));
    expect(third.nextCursor).toBeNull();
  });

  it('counts carried for another day, or altered, are judged again', async () => {
    const { store } = await seeded();
    const target = await countyTarget(store, COUNTY);
    const whole = await computeMonthCompliance(store, target, '2026-11', NOW);
    const first = await monthCompliancePage(store, target, '2026-11', NOW, undefined, 5);
    const [villageId, encoded, check] = first.nextCursor!.split('~');
    const altered = `${villageId}~${encoded.replace(/^[0-9a-z]+/, 'zz')}~${check}`;
    expect(decodeCursor(altered, `county:${COUNTY}:2026-11:2026-11-20`).counts).toBeNull();
    const page = await monthCompliancePage(store, target, '2026-11', NOW, altered, 5);
    expect(page.counts).toEqual(whole.counts);
    expect(ids(page)).toEqual(ids(whole).slice(5, 10));

    const tomorrow = new Date(NOW.getTime() + 24 * 3600_000);
    expect(decodeCursor(first.nextCursor!, `county:${COUNTY}:2026-11:2026-11-21`).counts).toBeNull();
    const later = await monthCompliancePage(store, target, '2026-11', tomorrow, first.nextCursor!, 5);
    expect(later.counts).toEqual((await computeMonthCompliance(store, target, '2026-11', tomorrow)).counts);
    expect(later.asOf).toBe('2026-11-21');
  });

  it('a closed month pages through its village snapshots with the counts of its head', async () => {
    const later = new Date('2026-12-02T03:00:00Z');
    const { store } = await seeded(later);
    await dispatch([monthClose], { store, services: testServices().services, now: new Date('2026-11-30T22:00:00Z'), log: () => {} });
    const target = await countyTarget(store, COUNTY);
    const whole = await computeMonthCompliance(store, target, '2026-11', later);
    expect(whole.frozenAt).toBe('2026-11-30T22:00:00.000Z');
    let cursor: string | undefined;
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await monthCompliancePage(store, target, '2026-11', later, cursor, 5);
      expect(page).toEqual(pageVillages(whole, cursor, 5));
      seen.push(...ids(page));
      cursor = page.nextCursor ?? undefined;
    }
    expect(cursor).toBeUndefined();
    expect(seen).toEqual(ids(whole));
  });

  it("a county's villages are read by township, and all of them even when one is outside the county's townships", async () => {
    const { store } = await seeded();
    const byTownship = await countyTarget(store, COUNTY);
    const ids = (vs: { _id: string }[]) => vs.map((v) => v._id);
    expect(ids(byTownship.villages)).toEqual(ids(await store.find('villages', { countyId: COUNTY })));
    await store.put('villages', { _id: 'vil_430121_V999', countyId: COUNTY, townshipId: 'twn_gone', code: 'V999', name: '外村', fence: [] });
    const withStray = await countyTarget(store, COUNTY);
    expect(ids(withStray.villages)).toEqual(ids(await store.find('villages', { countyId: COUNTY })));
    expect(ids(withStray.villages)).toContain('vil_430121_V999');
  });

  it('a cursor carries the counts only while it fits the contract (64 characters); else it is the village id alone', () => {
    const c = { villages: 6667, villagesFailing: 1200, cadres: 20000, cadresFailing: 3100, cadresAtRisk: 900 };
    const short = encodeCursor('vil_920000_V06666', c, 'k');
    expect(short.length).toBeLessThanOrEqual(64);
    expect(decodeCursor(short, 'k')).toEqual({ villageId: 'vil_920000_V06666', counts: c });
    const long = `vil_920000_${'X'.repeat(40)}`;
    expect(encodeCursor(long, c, 'k')).toBe(long);
    expect(decodeCursor(long, 'k')).toEqual({ villageId: long, counts: null });
  });
});
