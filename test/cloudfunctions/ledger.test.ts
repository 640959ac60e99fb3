import { dispatch } from '../../cloudfunctions/scheduler/dispatch';
import { ledgerOverdue } from '../../cloudfunctions/scheduler/jobs/ledger-overdue';
import { seeded, testServices } from './harness';
import { jpeg, seedProblems, T1, T2, V1, V2, V5 } from './ledger-helpers';

const AT = new Date('2026-11-20T03:00:00Z');
const LATER = new Date('2026-12-03T03:00:00Z');
/** A month no demo seed writes problems for, so every list below is exactly these. */
const MONTH = '2026-08';

async function setup() {
  const s = await seeded(AT);
  const [p1, p2, p5] = await seedProblems(s.store, MONTH, [
    { id: V1, townshipId: T1 },
    { id: V2, townshipId: T1 },
    { id: V5, townshipId: T2 },
  ], '2026-11-30');
  await s.store.insert('grants', { _id: 'g-city', personId: 'psn_430121_P0007', countyId: 'cty_430121', role: 'city_admin', scopeLevel: 'city', scopeId: 'city-1', scopeName: '示范市' });
  await s.store.update('counties', 'cty_430121', { cityId: 'city-1' });
  await s.store.update('people', 'psn_430121_P0007', { openid: 'ledger-city' });
  return { ...s, p1, p2, p5 };
}

const ids = (r: { ok: boolean; data?: { rows: { id: string }[] } }) => (r.ok ? r.data!.rows.map((x) => x.id).sort() : r);

describe('ledger: who sees which problems', () => {
  it('cadres their village, supervisors their township, the admin the county, the city admin the city, the inspector their team, villagers nothing', async () => {
    const { call, p1, p2, p5 } = await setup();
    expect(ids(await call('demo-fs', 'ledger.list', { month: MONTH }))).toEqual([p1]);
    expect(ids(await call('demo-supervisor', 'ledger.list', { month: MONTH }))).toEqual([p1, p2].sort());
    expect(ids(await call('demo-admin', 'ledger.list', { month: MONTH }))).toEqual([p1, p2, p5].sort());
    expect(ids(await call('ledger-city', 'ledger.list', { month: MONTH }))).toEqual([p1, p2, p5].sort());
    expect(ids(await call('ledger-inspector', 'ledger.list', { month: MONTH }))).toEqual([p1, p2, p5].sort());
    expect(await call('demo-villager', 'ledger.list', { month: MONTH })).toMatchObject({ ok: false });
    expect(await call('demo-fs', 'ledger.get', { problemId: p2 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-supervisor', 'ledger.get', { problemId: p5 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-villager', 'ledger.get', { problemId: p1 })).toMatchObject({ ok: false });
    expect(await call('demo-fs', 'ledger.get', { problemId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('an inspector of another team sees none of these', async () => {
    const { call, store, p1 } = await setup();
    await store.update('inspection_teams', 'team-1', { memberIds: ['someone-else'] });
    expect(ids(await call('ledger-inspector', 'ledger.list', { month: MONTH }))).toEqual([]);
    expect(await call('ledger-inspector', 'ledger.get', { problemId: p1 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
  });
});

describe('ledger: rectify, send back, 销号', () => {
  it('the whole round, audited, with notices', async () => {
    const { call, store, p1 } = await setup();
    // Only reviewers set 责任人/措施/时限; the cadre may not.
    expect(await call('demo-fs', 'ledger.edit', { problemId: p1, measures: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-supervisor', 'ledger.edit', { problemId: p1, responsiblePersonId: 'psn_430121_P0201' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '责任人应是本村的驻村干部。' } });
    expect(await call('demo-supervisor', 'ledger.edit', { problemId: p1, dueDay: '2026-11-01' })).toMatchObject({ ok: false, error: { message: '时限不能早于今天。' } });
    expect(await call('demo-supervisor', 'ledger.edit', { problemId: p1, responsiblePersonId: 'psn_430121_P0101', measures: '补齐民情日志，逐户走访', dueDay: '2026-12-10' })).toMatchObject({ ok: true });
    // The member is no longer the one who submits.
    expect(await call('demo-member', 'ledger.uploadEvidence', { problemId: p1, contentType: 'image/jpeg', dataBase64: jpeg(1), clientRequestId: 'upload-member-1' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Bad evidence changes nothing.
    expect(await call('demo-fs', 'ledger.uploadEvidence', { problemId: p1, contentType: 'image/png', dataBase64: jpeg(1), clientRequestId: 'upload-bad-1' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await store.count('evidence', { problemId: p1 })).toBe(0);
    const up = await call('demo-fs', 'ledger.uploadEvidence', { problemId: p1, contentType: 'image/jpeg', dataBase64: jpeg(1), clientRequestId: 'upload-fs-1' });
    expect(up).toMatchObject({ ok: true });
    const again = await call('demo-fs', 'ledger.uploadEvidence', { problemId: p1, contentType: 'image/jpeg', dataBase64: jpeg(1), clientRequestId: 'upload-fs-1' });
    expect(again.ok && up.ok && again.data.evidenceId === up.data.evidenceId).toBe(true);
    expect(await store.count('evidence', { problemId: p1 })).toBe(1);
    const evidenceId = up.ok ? up.data.evidenceId : '';
    // Submission needs text and evidence.
    expect(await call('demo-fs', 'ledger.submit', { problemId: p1, text: '已整改', evidenceIds: [evidenceId], clientRequestId: 'submit-short' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('demo-fs', 'ledger.submit', { problemId: p1, text: '已逐户走访并补齐民情日志共42户', evidenceIds: [], clientRequestId: 'submit-none' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('佐证材料') } });
    const sub = { problemId: p1, text: '已逐户走访并补齐民情日志共42户，建立了贫困户台账。', evidenceIds: [evidenceId], clientRequestId: 'submit-fs-1' };
    expect(await call('demo-fs', 'ledger.submit', sub)).toMatchObject({ ok: true, data: { status: 'submitted', flagCount: 0 } });
    expect(await call('demo-fs', 'ledger.submit', sub)).toMatchObject({ ok: true, data: { status: 'submitted' } });
    expect((await store.find('messages', { kind: 'ledger-submitted' })).filter((m) => m._id.includes(p1))).toHaveLength(2); // the township supervisor and the team's inspector
    // 销号 before opening the evidence is refused.
    expect(await call('demo-supervisor', 'ledger.review', { problemId: p1, decision: 'close' })).toMatchObject({ ok: false, error: { message: '请先查看佐证材料，再销号。' } });
    expect(await call('demo-supervisor', 'ledger.review', { problemId: p1, decision: 'return' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('理由') } });
    expect(await call('demo-fs', 'ledger.review', { problemId: p1, decision: 'return', reason: '照片不清楚' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-supervisor', 'ledger.review', { problemId: p1, decision: 'return', reason: '照片看不出是民情日志，请补拍' })).toMatchObject({ ok: true, data: { status: 'returned' } });
    expect((await store.find('messages', { kind: 'ledger-reviewed', personId: 'psn_430121_P0101' })).filter((m) => m._id.includes(p1))).toHaveLength(1);
    const returned = await call('demo-fs', 'ledger.get', { problemId: p1 });
    expect(returned).toMatchObject({ ok: true, data: { status: 'returned', returnReason: '照片看不出是民情日志，请补拍', can: { submit: true, review: false } } });
    // Second round.
    const up2 = await call('demo-fs', 'ledger.uploadEvidence', { problemId: p1, contentType: 'image/jpeg', dataBase64: jpeg(2), clientRequestId: 'upload-fs-2' });
    const ev2 = up2.ok ? up2.data.evidenceId : '';
    expect(await call('demo-fs', 'ledger.submit', { ...sub, evidenceIds: [evidenceId, ev2], clientRequestId: 'submit-fs-2' })).toMatchObject({ ok: true });
    // A view of the first submission does not count for the second.
    const seen = await call('demo-supervisor', 'ledger.evidence', { problemId: p1 });
    expect(seen).toMatchObject({ ok: true });
    expect(seen.ok && seen.data.length).toBe(2);
    expect(await call('demo-supervisor', 'ledger.get', { problemId: p1 })).toMatchObject({ ok: true, data: { evidenceViewed: true, can: { review: true } } });
    // The inspector has not opened it: no 销号 for them yet.
    expect(await call('ledger-inspector', 'ledger.review', { problemId: p1, decision: 'close' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('demo-supervisor', 'ledger.review', { problemId: p1, decision: 'close' })).toMatchObject({ ok: true, data: { status: 'closed' } });
    expect(await call('demo-supervisor', 'ledger.review', { problemId: p1, decision: 'close' })).toMatchObject({ ok: true, data: { status: 'closed' } });
    expect(await call('demo-supervisor', 'ledger.edit', { problemId: p1, measures: '再改' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const audits = await store.find('audit', { entity: 'problem', entityId: p1 });
    expect(audits.map((a) => a.action).sort()).toEqual(['close', 'edit', 'return', 'submit', 'submit', 'view-evidence']);
    const closed = await call('demo-admin', 'ledger.get', { problemId: p1 });
    expect(closed.ok && closed.data.history.map((h: { action: string }) => h.action)).toEqual(['edit', 'submit', 'return', 'submit', 'close']);
  });

  it('flags copying, never blocks it: text like the problem, text like another village, the same photo twice', async () => {
    const { call, store, p1, p2 } = await setup();
    await store.update('problems', p2, { responsiblePersonId: null });
    const up1 = await call('demo-fs', 'ledger.uploadEvidence', { problemId: p1, contentType: 'image/jpeg', dataBase64: jpeg(7), clientRequestId: 'upload-a1' });
    const text = '已组织工作队逐户走访全村农户，补齐民情日志和贫困户信息台账，每周由第一书记检查一次。';
    const a1 = await call('demo-fs', 'ledger.submit', { problemId: p1, text, evidenceIds: [up1.ok ? up1.data.evidenceId : ''], clientRequestId: 'submit-a1' });
    expect(a1).toMatchObject({ ok: true, data: { flagCount: 0 } });
    // 新民村's cadre (P0201) copies the text and the photo.
    await store.update('people', 'psn_430121_P0201', { openid: 'cadre-v2' });
    const up2 = await call('cadre-v2', 'ledger.uploadEvidence', { problemId: p2, contentType: 'image/jpeg', dataBase64: jpeg(7), clientRequestId: 'upload-b1' });
    const r = await call('cadre-v2', 'ledger.submit', { problemId: p2, text: text.replace('每周', '每月'), evidenceIds: [up2.ok ? up2.data.evidenceId : ''], clientRequestId: 'submit-b1' });
    expect(r).toMatchObject({ ok: true, data: { status: 'submitted', flagCount: 2 } });
    const seen = await call('demo-supervisor', 'ledger.get', { problemId: p2 });
    const kinds = seen.ok ? seen.data.flags.map((f: { kind: string }) => f.kind).sort() : [];
    expect(kinds).toEqual(['photo-reused', 'text-like-other']);
    expect(seen.ok && seen.data.flags[0].text).toMatch(/红旗村/);
    // The other side is flagged too; the cadre does not see the flags.
    const other = await call('demo-supervisor', 'ledger.get', { problemId: p1 });
    expect(other.ok && other.data.flagCount).toBe(2);
    expect(await call('cadre-v2', 'ledger.get', { problemId: p2 })).toMatchObject({ ok: true, data: { flags: [] } });
    // Copying the problem text itself.
    const { p5 } = { p5: `prb-${V5}-${MONTH}` };
    await store.update('people', 'psn_430121_P0501', { openid: 'cadre-v5' });
    const up5 = await call('cadre-v5', 'ledger.uploadEvidence', { problemId: p5, contentType: 'image/jpeg', dataBase64: jpeg(9), clientRequestId: 'upload-c1' });
    const copied = await call('cadre-v5', 'ledger.submit', { problemId: p5, text: '工作队已建立完整的民情日志，入户走访记录齐全，贫困户情况掌握清楚。', evidenceIds: [up5.ok ? up5.data.evidenceId : ''], clientRequestId: 'submit-c1' });
    expect(copied).toMatchObject({ ok: true });
    const g5 = await call('demo-admin', 'ledger.get', { problemId: p5 });
    expect(g5.ok && g5.data.flags.map((f: { kind: string }) => f.kind)).toContain('text-like-problem');
  });

  it('filters by status and overdue; 我的整改 lists only the 责任人\'s', async () => {
    const { call, store, p1, p2 } = await setup();
    await store.update('problems', p1, { responsiblePersonId: 'psn_430121_P0101' });
    const late = await call('demo-supervisor', 'ledger.list', { month: MONTH, overdue: true }, LATER);
    expect(ids(late)).toEqual([p1, p2].sort());
    expect(late.ok && late.data.counts).toMatchObject({ all: 2, open: 2, overdue: 2 });
    expect(ids(await call('demo-supervisor', 'ledger.list', { month: MONTH, status: 'closed' }))).toEqual([]);
    expect(ids(await call('demo-fs', 'ledger.list', { month: MONTH, mine: true }))).toEqual([p1]);
    expect(ids(await call('demo-member', 'ledger.list', { month: MONTH, mine: true }))).toEqual([]);
    expect(await call('demo-supervisor', 'ledger.list', { status: 'bogus' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } });
    expect(await call('demo-supervisor', 'ledger.list', { month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('ledger: overdue problems go up to the township, then the county, once per level', () => {
  it('tells the township supervisor after the 时限, the county admin escalationDays later, never twice', async () => {
    const { store, p1, p2 } = await setup();
    await store.update('problems', p2, { status: 'submitted' }); // waiting for 销号: not the village's delay
    await store.update('problems', p1, { responsiblePersonId: 'psn_430121_P0101' });
    const { services } = testServices();
    const run = (iso: string) => dispatch([ledgerOverdue], { store, services, now: new Date(iso), log: () => {} });
    const ours = async () => (await store.find('messages', { kind: 'ledger-overdue' })).filter((m) => m._id.includes(`-${MONTH}:`));
    await run('2026-11-30T02:00:00Z'); // the 时限 itself: not overdue yet
    expect(await ours()).toHaveLength(0);
    await run('2026-12-01T02:00:00Z');
    const first = await ours();
    // 红旗村 (城关镇) and 龙泉村 (龙泉镇) are overdue; 新民村's waits for 销号.
    expect(first.map((m) => m.personId).sort()).toEqual(['psn_430121_P0002', 'psn_430121_P0003', 'psn_430121_P0101']);
    expect(first.find((m) => m.personId === 'psn_430121_P0002')!.body).toMatch(/红旗村/);
    await run('2026-12-01T03:00:00Z');
    await run('2026-12-03T03:00:00Z'); // 3 days after: still only the township
    expect(await ours()).toHaveLength(3);
    await run('2026-12-04T03:00:00Z');
    await run('2026-12-04T04:00:00Z');
    const all = await ours();
    expect(all.map((m) => m.personId).sort()).toEqual(['psn_430121_P0001', 'psn_430121_P0001', 'psn_430121_P0002', 'psn_430121_P0003', 'psn_430121_P0101']);
    const doc = await store.get('problems', p1);
    expect(doc).toMatchObject({ escalatedTownshipAt: expect.any(String), escalatedCountyAt: expect.any(String) });
  });
});

describe('ledger demo seed', () => {
  it.each(['2026-11-20T03:00:00Z', '2027-01-01T00:10:00Z', '2026-03-01T16:30:00Z'])('last month has a problem in each state, the copy flagged, one overdue (at %s)', async (iso) => {
    const at = new Date(iso);
    const { call } = await seeded(at);
    const list = await call('demo-admin', 'ledger.list', {}, at);
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    const demo = list.data.rows.filter((r: { id: string }) => r.id.startsWith('prb_demo_'));
    expect(demo.map((r: { status: string }) => r.status).sort()).toEqual(['closed', 'open', 'open', 'returned', 'submitted']);
    expect(demo.filter((r: { overdue: boolean }) => r.overdue).map((r: { villageName: string }) => r.villageName)).toEqual(['石桥村']);
    expect(demo.find((r: { status: string }) => r.status === 'submitted').flagCount).toBe(2);
    const mine = await call('demo-fs', 'ledger.list', { mine: true }, at);
    expect(mine.ok && mine.data.rows.filter((r: { id: string }) => r.id.startsWith('prb_demo_')).map((r: { status: string }) => r.status).sort()).toEqual(['closed', 'open']);
  });
});
