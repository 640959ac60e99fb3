import { NOW, seeded } from './harness';
import { apply, applied, bind, FS, rollup, type Stack } from './leave-helpers';

/** Leaves the demo seed puts in the queue of township T01 (not the first secretary's). */
const SEEDED_PENDING = 2;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ours = (list: any[]) => list.filter((l) => l.personId === FS);

let s: Stack;
beforeEach(async () => {
  s = await seeded();
});

describe('leave.apply', () => {
  it('routes up to 3 days to the township and longer to the county; a retry answers the first result', async () => {
    const req = { type: 'personal', from: '2026-11-23', to: '2026-11-25', reason: '家中老人住院', clientRequestId: 'leave-apply-0001' };
    const first = await s.call('demo-fs', 'leave.apply', req);
    expect(first).toMatchObject({ ok: true, data: { status: 'pending', days: 3, approverLevel: 'township', personName: expect.any(String), villageName: '红旗村', overdue: false } });
    expect(await s.call('demo-fs', 'leave.apply', req, new Date(NOW.getTime() + 30_000))).toEqual(first);
    expect(await s.store.count('leaves', { personId: FS })).toBe(1);
    const long = await apply(s, { from: '2026-12-01', to: '2026-12-04', type: 'sick' });
    expect(long).toMatchObject({ ok: true, data: { days: 4, approverLevel: 'county', type: 'sick' } });
    const doc = await s.store.get('leaves', (first as { data: { id: string } }).data.id);
    expect(doc).toMatchObject({ townshipId: 'twn_430121_T01', countyId: 'cty_430121', villageId: 'vil_430121_V001', decidedAt: null, returnedAt: null, returnDay: null });
  });

  it('follows the county threshold', async () => {
    await s.store.put('config', { _id: 'rules:cty_430121', rules: { leave: { countyApprovalAboveDays: 1 } } });
    const r = await apply(s, { from: '2026-11-23', to: '2026-11-24' });
    expect(r).toMatchObject({ ok: true, data: { approverLevel: 'county' } });
  });

  it.each([
    [{ from: '2026-11-25', to: '2026-11-24' }, 'VALIDATION', '结束日期不能早于开始日期'],
    [{ from: '2026-11-23', to: '2027-03-01' }, 'VALIDATION', '不能超过90天'],
    [{ from: '2026-10-01', to: '2026-10-02' }, 'VALIDATION', '不能早于30天前'],
    [{ from: '2026-02-29', to: '2026-03-01' }, 'VALIDATION', '日期不存在'],
    [{ from: '2026/11/23' }, 'VALIDATION', '日期应写成2026-05-01这样'],
    [{ reason: '' }, 'VALIDATION', '请假事由至少2个字'],
    [{ reason: undefined }, 'VALIDATION', ''],
    [{ reason: '长'.repeat(201) }, 'VALIDATION', '不超过200字'],
    [{ type: 'holiday' }, 'VALIDATION', ''],
    [{ clientRequestId: 'x' }, 'VALIDATION', '请求编号太短'],
    [{ extra: 1 }, 'VALIDATION', ''],
  ])('refuses %j with a Chinese message and writes nothing', async (patch, code, text) => {
    const r = await apply(s, patch);
    expect(r).toMatchObject({ ok: false, error: { code } });
    if (!r.ok) expect(JSON.stringify(r.error)).toContain(text);
    if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await s.store.count('leaves', { personId: FS })).toBe(0);
  });

  it('refuses leave overlapping a pending, approved or returned one, not a cancelled or rejected one', async () => {
    const id = await applied(s, { from: '2026-11-23', to: '2026-11-25' });
    const clash = await apply(s, { from: '2026-11-25', to: '2026-11-26', type: 'official' });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!clash.ok) expect(clash.error.message).toContain('2026-11-23至2026-11-25的事假（待审批）日期重叠');
    expect(await apply(s, { from: '2026-11-26', to: '2026-11-26' })).toMatchObject({ ok: true });
    await s.call('demo-fs', 'leave.cancel', { leaveId: id });
    expect(await apply(s, { from: '2026-11-24', to: '2026-11-25' })).toMatchObject({ ok: true });
    expect(await s.store.count('leaves', { personId: FS })).toBe(3);
    // Someone else's leave on the same days is no overlap of mine.
    expect(await apply(s, { from: '2026-11-24', to: '2026-11-25' }, 'demo-member')).toMatchObject({ ok: true });
  });

  it('is for stationed cadres only', async () => {
    expect(await apply(s, {}, 'demo-supervisor')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await apply(s, {}, 'demo-villager')).toMatchObject({ ok: false });
    expect(await s.store.count('leaves', { status: 'pending' })).toBe(SEEDED_PENDING);
  });
});

describe('leave.cancel', () => {
  it('withdraws my pending leave once; retries answer the same; audited', async () => {
    const id = await applied(s);
    const first = await s.call('demo-fs', 'leave.cancel', { leaveId: id });
    expect(first).toMatchObject({ ok: true, data: { status: 'cancelled' } });
    expect(await s.call('demo-fs', 'leave.cancel', { leaveId: id })).toEqual(first);
    expect(await s.store.count('audit', { entity: 'leave' })).toBe(1);
  });

  it("refuses someone else's leave, an unknown one, and a decided one", async () => {
    const id = await applied(s);
    expect(await s.call('demo-member', 'leave.cancel', { leaveId: id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只能撤回自己的请假。' } });
    expect(await s.call('demo-fs', 'leave.cancel', { leaveId: 'lv_nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await s.call('demo-supervisor', 'leave.decide', { leaveId: id, decision: 'approve' });
    const late = await s.call('demo-fs', 'leave.cancel', { leaveId: id });
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!late.ok) expect(late.error.message).toContain('已批准，不能再撤回');
    expect(await s.store.get('leaves', id)).toMatchObject({ status: 'approved' });
  });
});

describe('leave.decide', () => {
  it('the township supervisor approves a short leave: days in the rollup, audited, retry-safe', async () => {
    const id = await applied(s, { from: '2026-11-23', to: '2026-11-24' });
    const ok = await s.call('demo-supervisor', 'leave.decide', { leaveId: id, decision: 'approve', note: '同意，注意安全' });
    expect(ok).toMatchObject({ ok: true, data: { status: 'approved', decisionNote: '同意，注意安全', decidedByName: expect.any(String) } });
    expect((await rollup(s, '2026-11')).leaveDays).toEqual(['2026-11-23', '2026-11-24']);
    expect(await s.call('demo-supervisor', 'leave.decide', { leaveId: id, decision: 'approve', note: '同意，注意安全' })).toMatchObject({ ok: true, data: { status: 'approved' } });
    expect(await s.store.count('audit', { entity: 'leave' })).toBe(1);
    const flip = await s.call('demo-supervisor', 'leave.decide', { leaveId: id, decision: 'reject', note: '改变主意' });
    expect(flip).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await rollup(s, '2026-11')).leaveDays).toHaveLength(2);
  });

  it('the county admin approves a long leave spanning months: counted in each month', async () => {
    const id = await applied(s, { from: '2026-11-29', to: '2026-12-03', type: 'annual' });
    expect(await s.call('demo-admin', 'leave.decide', { leaveId: id, decision: 'approve' })).toMatchObject({ ok: true, data: { status: 'approved', decisionNote: null } });
    expect((await rollup(s, '2026-11')).leaveDays).toEqual(['2026-11-29', '2026-11-30']);
    expect((await rollup(s, '2026-12')).leaveDays).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
  });

  it('公假 counts as official business, not leave', async () => {
    const id = await applied(s, { type: 'official', from: '2026-11-23', to: '2026-11-23', reason: '参加县里培训' });
    await s.call('demo-supervisor', 'leave.decide', { leaveId: id, decision: 'approve' });
    expect(await rollup(s, '2026-11')).toMatchObject({ officialDays: ['2026-11-23'], leaveDays: [] });
  });

  it('a rejection needs a note and writes no days', async () => {
    const id = await applied(s);
    const bare = await s.call('demo-supervisor', 'leave.decide', { leaveId: id, decision: 'reject' });
    expect(bare).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!bare.ok) expect(JSON.stringify(bare.error)).toContain('不批准时请写明理由');
    expect(await s.call('demo-supervisor', 'leave.decide', { leaveId: id, decision: 'reject', note: '村里验收，请改期' })).toMatchObject({ ok: true, data: { status: 'rejected' } });
    expect((await rollup(s, '2026-11')).leaveDays).toEqual([]);
    expect(await s.call('demo-fs', 'leave.cancel', { leaveId: id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('only the routed level within scope decides; everyone else gets a clear error and nothing is written', async () => {
    await bind(s, 'P0003', 'demo-supervisor-t02');
    const short = await applied(s);
    const long = await applied(s, { from: '2026-12-01', to: '2026-12-10' });
    const tries: [string, string, string, string][] = [
      ['demo-fs', short, 'FORBIDDEN', ''],
      ['demo-member', short, 'FORBIDDEN', ''],
      ['demo-supervisor-t02', short, 'OUT_OF_SCOPE', '不在您负责的乡镇或县'],
      ['demo-admin', short, 'FORBIDDEN', '应由所在乡镇的督导审批'],
      ['demo-supervisor', long, 'FORBIDDEN', '超过3天，应由县级管理员审批'],
      ['demo-supervisor', 'lv_missing', 'NOT_FOUND', '没有找到这条请假'],
    ];
    for (const [who, leaveId, code, text] of tries) {
      const r = await s.call(who, 'leave.decide', { leaveId, decision: 'approve' });
      expect(r).toMatchObject({ ok: false, error: { code } });
      if (!r.ok) expect(r.error.message).toContain(text);
      if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await s.store.get('leaves', short)).toMatchObject({ status: 'pending', decidedBy: null });
    expect(await s.store.get('leaves', long)).toMatchObject({ status: 'pending' });
    expect(await s.store.count('audit', { entity: 'leave' })).toBe(0);
    expect((await rollup(s, '2026-11')).leaveDays).toEqual([]);
  });

  it('a withdrawn leave cannot be decided', async () => {
    const id = await applied(s);
    await s.call('demo-fs', 'leave.cancel', { leaveId: id });
    const r = await s.call('demo-supervisor', 'leave.decide', { leaveId: id, decision: 'approve' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!r.ok) expect(r.error.message).toContain('已撤回，不能再审批');
    expect((await rollup(s, '2026-11')).leaveDays).toEqual([]);
  });

  it('refuses bad decisions', async () => {
    const id = await applied(s);
    expect(await s.call('demo-supervisor', 'leave.decide', { leaveId: id, decision: 'maybe' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await s.call('demo-supervisor', 'leave.decide', { leaveId: id, decision: 'approve', note: '长'.repeat(201) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await s.call('demo-supervisor', 'leave.decide', { decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('leave.mine and leave.queue', () => {
  it('the cadre sees their own leaves newest first with the county settings', async () => {
    await applied(s, { from: '2026-11-23', to: '2026-11-23' });
    await applied(s, { from: '2026-12-01', to: '2026-12-02' });
    await applied(s, { from: '2026-11-25', to: '2026-11-25' }, 'demo-member');
    const r = await s.call('demo-fs', 'leave.mine', {});
    expect(r).toMatchObject({ ok: true, data: { today: '2026-11-20', countyApprovalAboveDays: 3, returnGraceDays: 1 } });
    if (r.ok) expect(r.data.leaves.map((l: { from: string }) => l.from)).toEqual(['2026-12-01', '2026-11-23']);
  });

  it('the supervisor sees the township queue; the county admin sees leaves routed to the county', async () => {
    await bind(s, 'P0003', 'demo-supervisor-t02');
    const short = await applied(s, { from: '2026-11-23', to: '2026-11-23' });
    const long = await applied(s, { from: '2026-12-01', to: '2026-12-10' });
    const sup = await s.call('demo-supervisor', 'leave.queue', {});
    expect(sup.ok && ours(sup.data.pending).map((l: { id: string; canDecide: boolean }) => [l.id, l.canDecide])).toEqual([
      [short, true],
      [long, false],
    ]);
    const admin = await s.call('demo-admin', 'leave.queue', {});
    expect(admin.ok && ours(admin.data.pending).map((l: { id: string }) => l.id)).toEqual([long]);
    expect(admin.ok && admin.data.pending.every((l: { approverLevel: string }) => l.approverLevel === 'county')).toBe(true);
    const other = await s.call('demo-supervisor-t02', 'leave.queue', {});
    expect(other.ok && [...ours(other.data.pending), ...ours(other.data.awaitingReturn)]).toEqual([]);
    expect(other.ok && other.data.pending.every((l: { villageName: string }) => l.villageName !== '红旗村')).toBe(true);
    expect(await s.call('demo-fs', 'leave.queue', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('approved leaves await return, overdue ones first', async () => {
    const a = await applied(s, { from: '2026-11-16', to: '2026-11-17', reason: '补请病假', type: 'sick' });
    const b = await applied(s, { from: '2026-11-23', to: '2026-11-24' });
    for (const id of [b, a]) await s.call('demo-supervisor', 'leave.decide', { leaveId: id, decision: 'approve' });
    const q = await s.call('demo-supervisor', 'leave.queue', {});
    expect(q.ok && ours(q.data.awaitingReturn).map((l: { id: string; overdue: boolean }) => [l.id, l.overdue])).toEqual([
      [a, true],
      [b, false],
    ]);
    expect(q.ok && ours(q.data.pending)).toEqual([]);
  });
});

describe('demo leaves', () => {
  it('give the T01 supervisor one leave to approve, one waiting for the county and one awaiting return', async () => {
    const q = await s.call('demo-supervisor', 'leave.queue', {});
    if (!q.ok) throw new Error(q.error.message);
    const pending = q.data.pending.map((l: { personId: string; canDecide: boolean; approverLevel: string }) => [l.personId, l.canDecide, l.approverLevel]);
    expect(pending).toEqual([
      ['psn_430121_P0103', true, 'township'],
      ['psn_430121_P0401', false, 'county'],
    ]);
    const back = q.data.awaitingReturn.map((l: { personId: string; overdue: boolean; type: string }) => [l.personId, l.overdue, l.type]);
    expect(back).toEqual([['psn_430121_P0201', false, 'official']]);
    const admin = await s.call('demo-admin', 'leave.queue', {});
    if (!admin.ok) throw new Error(admin.error.message);
    expect(admin.data.pending.map((l: { personId: string }) => l.personId)).toEqual(['psn_430121_P0401']);
    for (const l of [...admin.data.pending, ...admin.data.awaitingReturn]) expect(l.personName && l.villageName).toBeTruthy();
    expect(await s.store.get('person_months', 'psn_430121_P0201:2026-11')).toMatchObject({ officialDays: ['2026-11-24', '2026-11-25'] });
  });
});
