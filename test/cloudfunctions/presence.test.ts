import type { FlagKind } from '../../cloudfunctions/common/flags';
import type { LeaveStatus, LeaveType } from '../../src/core';
import { seeded, NOW } from './harness';

type Harness = Awaited<ReturnType<typeof seeded>>;
const FS = 'psn_430121_P0101';
const V001 = 'vil_430121_V001';
const T01 = 'twn_430121_T01';
const HOURS = 3600_000;

async function setup() {
  const h = await seeded();
  const v = await h.store.get('villages', V001);
  const f = v!.fence[0];
  // More identities in scope tests: the supervisor of another township, and an inspector.
  await h.store.update('people', 'psn_430121_P0003', { openid: 't2-supervisor' });
  await h.store.update('people', 'psn_430121_P0005', { openid: 'inspector' });
  return { ...h, point: { lat: f.lat, lng: f.lng } };
}

const at = (hoursFromNow: number) => new Date(NOW.getTime() + hoursFromNow * HOURS);
const flagsOf = (store: Harness['store'], kind: FlagKind) => store.find('flags', { personId: FS, kind });

describe('plausibility flags on clock-in', () => {
  it('raises repeated coordinates once across three days (and a fourth), without refusing any clock-in', async () => {
    const { call, store, point } = await setup();
    for (const [i, h] of [-48, -24, 0, 24].entries()) {
      const r = await call('demo-fs', 'attendance.clockIn', { ...point, accuracyM: 20, clientRequestId: `same-spot-${i}` }, at(h));
      expect(r).toMatchObject({ ok: true, data: { decision: 'in-village' } });
      expect(await flagsOf(store, 'repeated-coordinates')).toHaveLength(i >= 2 ? 1 : 0);
    }
    const [flag] = await flagsOf(store, 'repeated-coordinates');
    expect(flag).toMatchObject({ status: 'open', villageId: V001, townshipId: T01, day: '2026-11-20', month: '2026-11' });
    expect(flag.explanation).toContain('11月18日、11月19日、11月20日共3天');
    expect((flag.evidence as { records: unknown[] }).records).toHaveLength(3);
  });

  it('raises impossible travel between consecutive records, and a retry does not raise it twice', async () => {
    const { call, store, point } = await setup();
    await call('demo-fs', 'attendance.clockIn', { ...point, accuracyM: 20, clientRequestId: 'travel-0001' }, at(0));
    const far = { lat: point.lat + 0.6, lng: point.lng, accuracyM: 20, clientRequestId: 'travel-0002', reason: '到县里开会' };
    const r = await call('demo-fs', 'attendance.clockIn', far, at(0.25));
    expect(r).toMatchObject({ ok: true, data: { decision: 'field' } });
    await call('demo-fs', 'attendance.clockIn', far, at(0.3));
    const flags = await flagsOf(store, 'impossible-travel');
    expect(flags).toHaveLength(1);
    expect(flags[0].explanation).toMatch(/折合时速约\d+公里，超过150公里/);
  });

  it('marks an offline clock-in synced later, flags it once however often it is retried, refuses it past the window', async () => {
    const { call, store, point } = await setup();
    const offline = { ...point, accuracyM: 20, clientRequestId: 'offline-0001', deviceAt: '2026-11-18T23:30:00+08:00' };
    const first = await call('demo-fs', 'attendance.clockIn', offline);
    expect(first).toMatchObject({ ok: true, data: { day: '2026-11-18', syncedLater: true } });
    expect(await call('demo-fs', 'attendance.clockIn', offline, at(0.1))).toEqual(first);
    expect(await store.count('clockins', { personId: FS })).toBe(1);
    const flags = await flagsOf(store, 'synced-late');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ day: '2026-11-18' });
    const stale = await call('demo-fs', 'attendance.clockIn', { ...offline, clientRequestId: 'offline-0002', deviceAt: '2026-11-18T02:00:00+08:00' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'TOO_EARLY_OR_LATE' } });
    expect(await store.count('clockins', { personId: FS })).toBe(1);
    const month = await call('demo-fs', 'cadre.month', { month: '2026-11' });
    if (!month.ok) throw new Error(month.error.message);
    const d18 = month.data.days.find((d: { date: string }) => d.date === '2026-11-18');
    expect(d18).toMatchObject({ status: 'present', syncedLater: true, openFlags: 1 });
  });
});

async function withFlag() {
  const h = await setup();
  const offline = { ...h.point, accuracyM: 20, clientRequestId: 'offline-0001', deviceAt: '2026-11-19T08:00:00+08:00' };
  await h.call('demo-fs', 'attendance.clockIn', offline);
  const [flag] = await flagsOf(h.store, 'synced-late');
  return { ...h, flagId: flag._id };
}

describe('flags.list', () => {
  it('shows the township supervisor and the county admin the flags in scope, with names and the explanation', async () => {
    const { call, flagId } = await withFlag();
    const sup = await call('demo-supervisor', 'flags.list', {});
    expect(sup).toMatchObject({ ok: true, data: { scope: { level: 'township', id: T01 }, canClear: true, truncated: false } });
    if (!sup.ok) return;
    const mine = sup.data.flags.filter((f: { villageId: string }) => f.villageId === V001);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id: flagId, kind: 'synced-late', kindLabel: '离线补传', villageName: '红旗村', status: 'open' });
    expect(mine[0].personName).toBeTruthy();
    expect(sup.data.flags.every((f: { villageId: string }) => f.villageId.startsWith('vil_430121_V00') && Number(f.villageId.slice(-3)) <= 4)).toBe(true);
    expect(await call('demo-admin', 'flags.list', { villageId: V001 })).toMatchObject({ ok: true, data: { scope: { level: 'village' }, flags: [{ id: flagId }] } });
    const ids = (r: Awaited<ReturnType<typeof call>>) => (r.ok ? r.data.flags.map((f: { id: string }) => f.id) : []);
    expect(ids(await call('demo-admin', 'flags.list', { townshipId: T01 }))).toContain(flagId);
    // An inspector sees only the villages drawn for their team (test/cloudfunctions/draw-scope.test.ts): not this one.
    expect(await call('inspector', 'flags.list', {})).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('inspector', 'flags.list', { villageId: V001 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
  });

  it('keeps other townships and cadres out', async () => {
    const { call } = await withFlag();
    const other = await call('t2-supervisor', 'flags.list', { status: 'all' });
    expect(other).toMatchObject({ ok: true, data: { scope: { id: 'twn_430121_T02' } } });
    if (other.ok) expect(other.data.flags.filter((f: { townshipId?: string; villageId: string }) => f.villageId === V001)).toEqual([]);
    expect(await call('t2-supervisor', 'flags.list', { villageId: V001 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('t2-supervisor', 'flags.list', { townshipId: T01 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-fs', 'flags.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-supervisor', 'flags.list', { status: 'some' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('demo-supervisor', 'flags.list', { villageId: V001, townshipId: T01 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('demo-supervisor', 'flags.list', { townshipId: 'twn_nowhere' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('flags.clear', () => {
  it('needs a note, and a supervisor in scope; writes nothing otherwise', async () => {
    const { call, store, flagId } = await withFlag();
    expect(await call('demo-supervisor', 'flags.clear', { flagId, clientRequestId: 'clear-0001' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('demo-supervisor', 'flags.clear', { flagId, note: ' 好 ', clientRequestId: 'clear-0001' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('请写明核实情况（至少2个字）') } });
    expect(await call('t2-supervisor', 'flags.clear', { flagId, note: '已电话核实', clientRequestId: 'clear-0002' })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('inspector', 'flags.clear', { flagId, note: '已电话核实', clientRequestId: 'clear-0003' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-fs', 'flags.clear', { flagId, note: '我自己清掉', clientRequestId: 'clear-0004' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-supervisor', 'flags.clear', { flagId: 'nope', note: '已核实', clientRequestId: 'clear-0005' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await store.get('flags', flagId)).toMatchObject({ status: 'open' });
    expect(await store.count('audit', { entity: 'flag' })).toBe(0);
  });

  it('clears with the note, audited; a retry answers the same; a second clear is a conflict', async () => {
    const { call, store, flagId } = await withFlag();
    const input = { flagId, note: '村里停电断网，已向村支书核实当天在村', clientRequestId: 'clear-0001' };
    const r = await call('demo-supervisor', 'flags.clear', input, at(1));
    expect(r).toMatchObject({ ok: true, data: { id: flagId, status: 'cleared', clearNote: input.note, clearedAt: at(1).toISOString() } });
    if (r.ok) expect(r.data.clearedByName).toBeTruthy();
    expect(await call('demo-supervisor', 'flags.clear', input, at(2))).toEqual(r);
    expect(await call('demo-admin', 'flags.clear', { ...input, clientRequestId: 'clear-0009' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const audits = await store.find('audit', { entity: 'flag' });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ entityId: flagId, action: 'clear', note: input.note, by: 'psn_430121_P0002' });
    expect(await call('demo-supervisor', 'flags.list', { villageId: V001 })).toMatchObject({ ok: true, data: { flags: [] } });
    expect(await call('demo-supervisor', 'flags.list', { villageId: V001, status: 'cleared' })).toMatchObject({ ok: true, data: { flags: [{ id: flagId, status: 'cleared' }] } });
  });
});

describe('cadre.month', () => {
  it("gives a cadre their own month day by day, with required vs done and the projection sentence", async () => {
    const { call, point } = await setup();
    await call('demo-fs', 'attendance.clockIn', { ...point, accuracyM: 20, clientRequestId: 'today-0001' });
    const r = await call('demo-fs', 'cadre.month', { month: '2026-11' });
    if (!r.ok) throw new Error(r.error.message);
    const m = r.data;
    expect(m).toMatchObject({ month: '2026-11', today: '2026-11-20', self: true, person: { id: FS, roleLabel: '第一书记' }, village: { id: V001, name: '红旗村' } });
    expect(m.days).toHaveLength(30);
    expect(m.days[0]).toMatchObject({ date: '2026-11-01', kind: 'weekend' });
    expect(m.days[19]).toMatchObject({ date: '2026-11-20', status: 'present', label: '在村', diary: 'due' });
    expect(m.days[19].clockIns).toHaveLength(1);
    expect(m.days[25]).toMatchObject({ status: 'upcoming' });
    expect(m.summary).toMatchObject({ workingDays: 21, requiredDays: 14 });
    expect(m.summary.creditedDays).toBeGreaterThan(5);
    expect(m.projection.sentence).toMatch(/本月/);
  });

  it('shows leaves from the leaves collection: approved leave, official business, pending, a return ending it early', async () => {
    const { call, store } = await setup();
    const leave = (id: string, type: LeaveType, from: string, to: string, status: LeaveStatus, returnDay: string | null = null) =>
      store.insert('leaves', { _id: id, personId: FS, villageId: V001, townshipId: T01, countyId: 'cty_430121', type, from, to, days: 1, reason: '测试', status, approverLevel: 'township', createdAt: NOW.toISOString(), decidedAt: null, decidedBy: null, decisionNote: null, returnedAt: null, returnDay });
    await leave('l1', 'official', '2026-11-23', '2026-11-23', 'approved');
    await leave('l2', 'sick', '2026-11-24', '2026-11-25', 'pending');
    await leave('l3', 'personal', '2026-11-26', '2026-11-27', 'rejected');
    await leave('l4', 'personal', '2026-10-28', '2026-11-03', 'returned', '2026-11-02');
    const r = await call('demo-fs', 'cadre.month', { month: '2026-11' });
    if (!r.ok) throw new Error(r.error.message);
    const d = (date: string) => r.data.days.find((x: { date: string }) => x.date === date);
    expect(d('2026-11-23')).toMatchObject({ status: 'official', label: '公假' });
    expect(d('2026-11-24')).toMatchObject({ status: 'leave-pending', label: '待批' });
    expect(d('2026-11-26')).toMatchObject({ status: 'upcoming' });
    expect(d('2026-11-01')).toMatchObject({ leaveType: 'personal' });
    expect(d('2026-11-03').leaveType).toBeNull();
  });

  it('lets a supervisor in scope drill down, and nobody else', async () => {
    const { call } = await setup();
    expect(await call('demo-supervisor', 'cadre.month', { month: '2026-11', personId: FS })).toMatchObject({ ok: true, data: { self: false, person: { id: FS } } });
    expect(await call('demo-admin', 'cadre.month', { month: '2026-10', personId: FS })).toMatchObject({ ok: true, data: { month: '2026-10' } });
    expect(await call('inspector', 'cadre.month', { month: '2026-11', personId: FS })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } }); // not drawn for their team
    expect(await call('t2-supervisor', 'cadre.month', { month: '2026-11', personId: FS })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-member', 'cadre.month', { month: '2026-11', personId: FS })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-supervisor', 'cadre.month', { month: '2026-11' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('demo-supervisor', 'cadre.month', { month: '2026-11', personId: 'psn_430121_P0002' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses bad months and months to come', async () => {
    const { call } = await setup();
    expect(await call('demo-fs', 'cadre.month', { month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('demo-fs', 'cadre.month', {})).toMatchObject({ ok: true, data: { month: '2026-11' } });
    expect(await call('demo-fs', 'cadre.month', { month: '2026-12' })).toMatchObject({ ok: false, error: { code: 'TOO_EARLY_OR_LATE' } });
    expect(await call('demo-fs', 'cadre.month', { month: '2026-11', extra: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('a failing plausibility check never fails the clock-in', () => {
  it('logs and lets the clock-in stand', async () => {
    const { store, point } = await setup();
    const { checkClockIn } = await import('../../cloudfunctions/common/plausibility/check-clock-in');
    const broken = Object.create(store) as typeof store;
    broken.find = async () => {
      throw new Error('database unavailable');
    };
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await store.insert('clockins', { _id: `${FS}:req-broken`, personId: FS, villageId: V001, townshipId: T01, countyId: 'cty_430121', at: NOW.toISOString(), receivedAt: NOW.toISOString(), day: '2026-11-20', month: '2026-11', ...point, accuracyM: 20, fuzzy: false, distanceM: 0, decision: 'in-village', reason: null, syncedLater: false });
    expect(await checkClockIn(broken, NOW, `${FS}:req-broken`)).toEqual([]);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it('keeps flag ids short: the person id appears once', async () => {
    const { call, store, point } = await setup();
    await call('demo-fs', 'attendance.clockIn', { ...point, accuracyM: 20, clientRequestId: 'travel-0001' }, at(0));
    await call('demo-fs', 'attendance.clockIn', { lat: point.lat + 0.6, lng: point.lng, accuracyM: 20, clientRequestId: 'travel-0002', reason: '到县里开会' }, at(0.25));
    const [flag] = await flagsOf(store, 'impossible-travel');
    expect(flag._id).toBe(`impossible-travel:${FS}:travel-0001|travel-0002`);
  });
});
