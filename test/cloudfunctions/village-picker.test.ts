import { generateCounty } from '../../bench/province-data';
import { MAX_CAMPAIGN_VILLAGES } from '../../types/survey';
import { seeded } from './harness';

type Picker = {
  scope: { level: string; name: string };
  total: number;
  townships: { id: string; name: string; villages: number }[];
  whole: boolean;
  townshipId: string | null;
  villages: { id: string; name: string; townshipId: string }[];
};

function data(r: { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }): Picker {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as Picker;
}

describe('org.villagePicker', () => {
  it('answers a small county whole: every village with its township, and the townships with their counts', async () => {
    const { call } = await seeded();
    const county = data(await call('demo-admin', 'org.villagePicker', {}));
    expect(county.scope).toEqual({ level: 'county', name: '长沙县' });
    expect(county).toMatchObject({ total: 12, whole: true, townshipId: null });
    expect(county.villages).toHaveLength(12);
    expect(county.townships.map((t) => t.villages).reduce((a, b) => a + b)).toBe(12);
    for (const t of county.townships) expect(county.villages.filter((v) => v.townshipId === t.id)).toHaveLength(t.villages);
    // Only what the picker shows: no presence, no cadres.
    expect(Object.keys(county.villages[0]).sort()).toEqual(['id', 'name', 'townshipId']);

    // One township asked: only its villages.
    const t2 = data(await call('demo-admin', 'org.villagePicker', { townshipId: 'twn_430121_T02' }));
    expect(t2).toMatchObject({ whole: false, townshipId: 'twn_430121_T02', total: 12 });
    expect(t2.townships).toEqual(county.townships.filter((t) => t.id === 'twn_430121_T02'));
    expect(t2.villages.length).toBe(t2.townships[0].villages);
    expect(t2.villages.every((v) => v.townshipId === 'twn_430121_T02')).toBe(true);
    expect(await call('demo-admin', 'org.villagePicker', { townshipId: 'twn_430121_T99' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这个乡镇。' } });
  });

  it('shows a supervisor only their township, and refuses another', async () => {
    const { call } = await seeded();
    const mine = data(await call('demo-supervisor', 'org.villagePicker', {}));
    expect(mine.scope).toEqual({ level: 'township', name: '城关镇' });
    expect(mine.townships).toEqual([{ id: 'twn_430121_T01', name: '城关镇', villages: 4 }]);
    expect(mine).toMatchObject({ total: 4, whole: true });
    expect(mine.villages.map((v) => v.townshipId)).toEqual(Array(4).fill('twn_430121_T01'));
    expect(await call('demo-supervisor', 'org.villagePicker', { townshipId: 'twn_430121_T02' })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    const asked = data(await call('demo-supervisor', 'org.villagePicker', { townshipId: 'twn_430121_T01' }));
    expect(asked).toMatchObject({ whole: false, total: 4, townships: mine.townships });
    expect(asked.villages).toEqual(mine.villages);
  });

  it('gives a supervisor of two townships both, and refuses an inspector with the reason and a cadre outright', async () => {
    const { call, store } = await seeded();
    const supervisor = (await store.find('people', { openid: 'demo-supervisor' }))[0];
    await store.put('grants', { _id: `${supervisor._id}:township_supervisor:twn_430121_T02`, personId: supervisor._id, countyId: supervisor.countyId, role: 'township_supervisor', scopeLevel: 'township', scopeId: 'twn_430121_T02', scopeName: 'x' });
    const both = data(await call('demo-supervisor', 'org.villagePicker', {}));
    expect(both.townships.map((t) => t.id)).toEqual(['twn_430121_T01', 'twn_430121_T02']);
    expect(both.scope.name).toBe(both.townships.map((t) => t.name).join('、'));
    expect(both.villages).toHaveLength(both.total);
    expect(new Set(both.villages.map((v) => v.townshipId))).toEqual(new Set(['twn_430121_T01', 'twn_430121_T02']));
    expect(await call('demo-supervisor', 'org.villagePicker', { townshipId: 'twn_430121_T03' })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });

    expect(await call('demo-inspector', 'org.villagePicker', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('摇号抽中') } });
    expect(await call('demo-fs', 'org.villagePicker', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('answers a large county by township: the townships and counts first, one township’s villages when asked', async () => {
    const { call, store } = await seeded();
    // 1,200 cadres: 400 villages in 14 townships (30 a township), twice as many as one answer lists.
    await generateCounty(store, { code: '900700', cadres: 1200, adminOpenid: 'big-admin', months: [], today: '2026-11-20' });
    // What the store is asked: the caller, the county, its townships and their villages in one query (to count them); no month.
    const reads: string[] = [];
    const villagesRead: number[] = [];
    const find = store.find.bind(store);
    jest.spyOn(store, 'find').mockImplementation(async (coll, where, opts) => {
      reads.push(coll);
      const out = await find(coll, where, opts);
      if (coll === 'villages') villagesRead.push(out.length);
      return out;
    });
    const get = store.get.bind(store);
    jest.spyOn(store, 'get').mockImplementation(async (coll, id) => (reads.push(coll), get(coll, id)));
    const first = await call('big-admin', 'org.villagePicker', {});
    expect(new Set(reads)).toEqual(new Set(['people', 'grants', 'counties', 'townships', 'villages']));
    expect(villagesRead).toEqual([400]);
    const big = data(first);
    expect(big.total).toBe(400);
    expect(big.total).toBeGreaterThan(MAX_CAMPAIGN_VILLAGES);
    expect(big).toMatchObject({ scope: { level: 'county', name: '测试县900700' }, whole: false, townshipId: null, villages: [] });
    expect(big.townships).toHaveLength(14);
    expect(big.townships[0]).toEqual({ id: 'twn_900700_T000', name: '第1镇', villages: 30 });
    expect(big.townships[13].villages).toBe(10);
    expect(JSON.stringify(first).length).toBeLessThan(2_000);

    const one = data(await call('big-admin', 'org.villagePicker', { townshipId: 'twn_900700_T013' }));
    expect(one).toMatchObject({ whole: false, townshipId: 'twn_900700_T013', total: 400 });
    expect(villagesRead).toEqual([400, 10]);
    expect(reads.some((c) => /month/.test(c))).toBe(false);
    expect(one.townships).toEqual([{ id: 'twn_900700_T013', name: '第14镇', villages: 10 }]);
    expect(one.villages.map((v) => v.name)).toEqual(Array.from({ length: 10 }, (_, i) => `V${String(390 + i).padStart(5, '0')}村`));
    // Another county's township is not this admin's.
    expect(await call('big-admin', 'org.villagePicker', { townshipId: 'twn_430121_T01' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // The demo county is still answered whole.
    expect(data(await call('demo-admin', 'org.villagePicker', {})).whole).toBe(true);
  });
});
