import { readWorkbook } from '../../cloudfunctions/common/exports/sheet';
import { seeded } from './harness';

const MONTH = '2026-10';
const MEMBER = 'psn_430121_P0102'; // 红旗村 team member, sent by 县科技局 (U01), whose contact is P0007

async function setup() {
  const s = await seeded();
  await s.store.update('people', 'psn_430121_P0007', { openid: 'unit-contact' });
  return s;
}

describe('grading.review: the county admin reviews each cadre\'s proposal', () => {
  it('lists every cadre with four parts and their reasons; only county admins; bad period refused', async () => {
    const { call } = await setup();
    const r = await call('demo-admin', 'grading.review', { period: MONTH });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data).toMatchObject({ period: MONTH, over: true, confirmedCount: 0 });
    expect(r.data.rows).toHaveLength(36);
    for (const row of r.data.rows) {
      expect(row.components.map((c: { key: string }) => c.key)).toEqual(['compliance', 'survey', 'inspection', 'rectification']);
      for (const c of row.components) expect(c.reason).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await call('demo-supervisor', 'grading.review', { period: MONTH })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-fs', 'grading.review', { period: MONTH })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-villager', 'grading.review', { period: MONTH })).toMatchObject({ ok: false });
    expect(await call('demo-admin', 'grading.review', { period: '2026-13' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const now = await call('demo-admin', 'grading.review', { period: '2026-11' });
    expect(now).toMatchObject({ ok: true, data: { over: false } });
  });

  it('confirms as proposed, or changes with a reason (audited); 不称职 opens a recall for the unit contact, who marks it done', async () => {
    const { call, store } = await setup();
    const r = await call('demo-admin', 'grading.review', { period: MONTH });
    if (!r.ok) throw new Error(r.error.message);
    const row = r.data.rows.find((x: { personId: string }) => x.personId === MEMBER);
    const other = row.proposed === 'excellent' ? 'competent' : 'excellent';
    expect(await call('demo-admin', 'grading.confirm', { personId: MEMBER, month: MONTH, grade: other })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('请写明理由') } });
    expect(await call('demo-admin', 'grading.confirm', { personId: MEMBER, month: MONTH, year: '2026', grade: row.proposed })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('demo-admin', 'grading.confirm', { personId: MEMBER, month: MONTH, grade: row.proposed })).toMatchObject({ ok: true });
    expect(await store.count('recalls', {})).toBe(0);
    // 不称职 with a reason: a recall task for 县科技局's contact, in their 消息.
    expect(await call('demo-admin', 'grading.confirm', { personId: MEMBER, month: MONTH, grade: 'incompetent', note: '督查发现长期不在岗' })).toMatchObject({ ok: true });
    const tasks = await call('unit-contact', 'recall.list', {});
    expect(tasks).toMatchObject({ ok: true, data: [{ status: 'open', reason: '督查发现长期不在岗', period: MONTH, unitName: '县科技局', villageName: '红旗村' }] });
    expect(await store.count('messages', { kind: 'recall-task', personId: 'psn_430121_P0007' })).toBe(1);
    // Changed back: the open task is cancelled; 不称职 again opens it again.
    expect(await call('demo-admin', 'grading.confirm', { personId: MEMBER, month: MONTH, grade: 'competent', note: '复核后改为称职' })).toMatchObject({ ok: true });
    expect(await call('unit-contact', 'recall.list', {})).toMatchObject({ ok: true, data: [] });
    expect(await call('demo-admin', 'grading.confirm', { personId: MEMBER, month: MONTH, grade: 'incompetent', note: '再次复核，确为不称职' })).toMatchObject({ ok: true });
    const again = await call('unit-contact', 'recall.list', {});
    const id = again.ok ? again.data[0].id : '';
    expect(await call('demo-fs', 'recall.done', { recallId: id, note: '已召回' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('unit-contact', 'recall.done', { recallId: id, note: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('unit-contact', 'recall.done', { recallId: id, note: '已召回，另派王立新同志12月1日到岗' })).toMatchObject({ ok: true, data: { status: 'done', doneNote: '已召回，另派王立新同志12月1日到岗' } });
    expect(await call('unit-contact', 'recall.done', { recallId: id, note: '重复点击' })).toMatchObject({ ok: true, data: { status: 'done', doneNote: '已召回，另派王立新同志12月1日到岗' } });
    expect(await call('demo-admin', 'recall.list', {})).toMatchObject({ ok: true, data: [{ status: 'done' }] });
    const audits = (await store.find('audit', { entity: 'grade' })).length;
    expect(audits).toBe(4);
    expect((await store.find('audit', { entity: 'recall' })).map((a) => a.action).sort()).toEqual(['cancel', 'done', 'open', 'open']);
    const after = await call('demo-admin', 'grading.review', { period: MONTH });
    expect(after.ok && after.data.rows.find((x: { personId: string }) => x.personId === MEMBER).confirmed).toMatchObject({ grade: 'incompetent', label: '不称职', note: '再次复核，确为不称职' });
  });
});

describe('通报', () => {
  it('ranks best grade first, counts per grade, says how many are unconfirmed; exports the same to Excel', async () => {
    const { call, store } = await setup();
    await call('demo-admin', 'grading.confirm', { personId: MEMBER, month: MONTH, grade: 'incompetent', note: '长期不在岗' });
    const b = await call('demo-admin', 'grading.bulletin', { period: MONTH });
    if (!b.ok) throw new Error(b.error.message);
    expect(b.data.title).toBe('长沙县2026年10月驻村干部考核等次通报');
    expect(b.data.counts.map((c: { label: string }) => c.label)).toEqual(['优秀', '称职', '基本称职', '不称职']);
    expect(b.data.counts.reduce((s: number, c: { count: number }) => s + c.count, 0)).toBe(b.data.rows.length);
    expect(b.data.unconfirmed).toBe(b.data.rows.length - 1);
    const order = ['优秀', '称职', '基本称职', '不称职'];
    const labels = b.data.rows.map((r: { label: string }) => order.indexOf(r.label));
    expect(labels).toEqual([...labels].sort((x: number, y: number) => x - y));
    expect(b.data.rows.map((r: { rank: number }) => r.rank)).toEqual(b.data.rows.map((_: unknown, i: number) => i + 1));
    expect(b.data.rows.filter((r: { confirmed: boolean }) => r.confirmed)).toMatchObject([{ label: '不称职', villageName: '红旗村' }]);
    const x = await call('demo-admin', 'grading.bulletinExport', { period: MONTH });
    if (!x.ok) throw new Error(x.error.message);
    const wb = await readWorkbook(Buffer.from(x.data.base64, 'base64'));
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe(b.data.title);
    const values: unknown[] = [];
    ws.eachRow((row) => values.push(row.getCell(2).value));
    expect(values).toContain(b.data.rows[0].name);
    // Scopes: supervisors and cadres get nothing; a city admin sees the city's counties, not another city's.
    expect(await call('demo-supervisor', 'grading.bulletin', { period: MONTH })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-admin', 'grading.bulletin', { period: MONTH, countyId: 'cty_999999' })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    await store.put('counties', { _id: 'cty_999999', code: '999999', name: '别市县', cityId: 'city-other' });
    await store.insert('grants', { _id: 'g-city-ledger', personId: 'psn_430121_P0005', countyId: 'cty_430121', role: 'city_admin', scopeLevel: 'city', scopeId: 'city-test', scopeName: '测试市' });
    await store.update('counties', 'cty_430121', { cityId: 'city-test' });
    await store.update('people', 'psn_430121_P0005', { openid: 'city-test-admin' });
    const city = await call('city-test-admin', 'grading.bulletin', { period: MONTH });
    expect(city).toMatchObject({ ok: true, data: { title: '测试市2026年10月驻村干部考核等次通报' } });
    expect(city.ok && city.data.rows.length).toBe(b.data.rows.length);
    expect(await call('city-test-admin', 'grading.bulletin', { period: MONTH, countyId: 'cty_999999' })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
  });
});
