import ExcelJS from 'exceljs';
import { computeMonthCompliance, countyTarget, snapshotId } from '../../cloudfunctions/common/compliance-month';
import { readWorkbook } from '../../cloudfunctions/common/exports/sheet';
import { NOW, seeded } from './harness';
import { inspectorAssignments } from '../../cloudfunctions/common/inspection/assigned';

const V001 = 'vil_430121_V001';
const V003 = 'vil_430121_V003';
const V005 = 'vil_430121_V005';
const T02 = 'twn_430121_T02';

const readBook = (base64: string) => readWorkbook(Buffer.from(base64, 'base64'));

/** Every cell's value as text, row by row (1-based rows). */
function sheetText(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    out[n] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => (out[n][c] = cell.value === null || cell.value === undefined ? '' : String(cell.value)));
  });
  return out;
}

function noFormulas(ws: ExcelJS.Worksheet) {
  ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
}

describe('reports.dashboard', () => {
  it("ranks the supervisor's township villages with colours, at-risk cadres and six months of rates", async () => {
    const { call } = await seeded();
    const r = await call('demo-supervisor', 'reports.dashboard', {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.data;
    expect(d.scope).toMatchObject({ level: 'township', name: '城关镇' });
    expect(d.month).toBe('2026-11');
    expect(d.months).toEqual(['2026-11', '2026-10', '2026-09', '2026-08', '2026-07', '2026-06']);
    expect(d.villages.map((v: { rank: number }) => v.rank)).toEqual([1, 2, 3, 4]);
    expect(d.villages.every((v: { tone: string }) => ['ok', 'warn', 'bad'].includes(v.tone))).toBe(true);
    // Green before orange before red.
    const order = { ok: 0, warn: 1, bad: 2 } as Record<string, number>;
    const tones = d.villages.map((v: { tone: string }) => order[v.tone]);
    expect([...tones].sort()).toEqual(tones);
    // Not everything is red: the diligent villages are not failing.
    expect(d.villages.some((v: { tone: string }) => v.tone !== 'bad')).toBe(true);
    // The lagging first secretary of 石桥村 (P0301) is on the at-risk list with a sentence.
    const lag = d.atRisk.find((p: { personId: string }) => p.personId === 'psn_430121_P0301');
    expect(lag).toMatchObject({ villageName: '石桥村', roleLabel: '第一书记' });
    expect(lag.sentence).toMatch(/驻村|缺勤|日志/);
    expect(d.legend.join('')).toContain('2/3');
    expect(d.trend.map((t: { month: string }) => t.month)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    // Demo data starts in September: earlier months have no cadres judged as present.
    const oct = d.trend.find((t: { month: string }) => t.month === '2026-10');
    expect(oct.complianceRate).toBeGreaterThan(0);
    expect(oct.presenceRate).toBeGreaterThan(0.4);
    expect(d.villages[0].presentToday).not.toBeNull();
    expect(d.totals.cadres).toBe(12);
  });

  it('leaves the chart out when the app keeps it (withTrend: false); everything else is the same answer', async () => {
    const { call } = await seeded();
    for (const month of ['2026-11', '2026-10']) {
      const full = await call('demo-admin', 'reports.dashboard', { month });
      const lean = await call('demo-admin', 'reports.dashboard', { month, withTrend: false });
      if (!full.ok || !lean.ok) throw new Error('dashboard failed');
      expect(full.data.trend).toHaveLength(6);
      expect(lean.data.trend).toEqual([]);
      expect({ ...lean.data, trend: full.data.trend }).toEqual(full.data);
    }
  });

  it('keeps each caller in scope; the county sees every township; bad months are refused', async () => {
    const { call } = await seeded();
    expect(await call('demo-supervisor', 'reports.dashboard', { townshipId: T02 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-fs', 'reports.dashboard', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-villager', 'reports.dashboard', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await call('demo-supervisor', 'reports.dashboard', { month: '2026-12' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('demo-supervisor', 'reports.dashboard', { month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const county = await call('demo-admin', 'reports.dashboard', { month: '2026-10' });
    expect(county.ok && county.data.villages).toHaveLength(12);
    expect(county.ok && county.data.townships.map((t: { name: string }) => t.name)).toEqual(['城关镇', '龙泉镇', '青山乡']);
    expect(county.ok && county.data.closed).toBe(true);
    expect(county.ok && county.data.villages[0].presentToday).toBeNull();
    const one = await call('demo-admin', 'reports.dashboard', { townshipId: T02 });
    expect(one.ok && one.data.villages.map((v: { townshipName: string }) => v.townshipName)).toEqual(['龙泉镇', '龙泉镇', '龙泉镇', '龙泉镇']);
  });

  it("colours follow the county's rule config", async () => {
    const { call, store } = await seeded();
    const before = await call('demo-supervisor', 'reports.dashboard', {});
    await store.put('config', {
      _id: 'rules:cty_430121',
      countyId: 'cty_430121',
      rules: { presence: { ratio: { numerator: 1, denominator: 1 } } },
      version: 2,
      updatedAt: '2026-11-01T00:00:00Z',
      updatedBy: null,
    });
    const after = await call('demo-supervisor', 'reports.dashboard', {});
    if (!before.ok || !after.ok) throw new Error('dashboard failed');
    expect(after.data.totals.atRisk).toBeGreaterThan(before.data.totals.atRisk);
    expect(after.data.legend.join('')).toContain('驻村少于工作日的1/1');
    expect(before.data.legend.join('')).toContain('余量不超过2个工作日');
  });
});

describe('reports.village', () => {
  it("gives each cadre's figures and rule results; out of scope is refused", async () => {
    const { call } = await seeded();
    const r = await call('demo-supervisor', 'reports.village', { villageId: V003, month: '2026-10' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.village).toMatchObject({ name: '石桥村', townshipName: '城关镇' });
    expect(r.data.closed).toBe(true);
    expect(r.data.cadres).toHaveLength(3);
    const fs = r.data.cadres.find((c: { personId: string }) => c.personId === 'psn_430121_P0301');
    expect(fs).toMatchObject({ roleLabel: '第一书记', unitName: '县人社局', workingDays: 18, requiredDays: 12, pass: false, tone: 'bad' });
    expect(fs.rules.map((x: { rule: string }) => x.rule)).toEqual(['presence', 'absence', 'diary']);
    expect(await call('demo-supervisor', 'reports.village', { villageId: V005, month: '2026-10' })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-fs', 'reports.village', { villageId: V001, month: '2026-10' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-admin', 'reports.village', { villageId: 'vil_nope', month: '2026-10' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('demo-admin', 'reports.village', { villageId: V005 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('exports', () => {
  it('月纪实表: title, header, one row per cadre matching the month, sign-off, frozen header, no formulas', async () => {
    const { call } = await seeded();
    const page = await call('demo-supervisor', 'reports.village', { villageId: V003, month: '2026-10' });
    const r = await call('demo-supervisor', 'reports.villageMonth', { villageId: V003, month: '2026-10' });
    expect(r.ok).toBe(true);
    if (!r.ok || !page.ok) return;
    expect(r.data.fileName).toBe('石桥村_2026-10_月纪实表.xlsx');
    const wb = await readBook(r.data.base64);
    const ws = wb.getWorksheet('月纪实表')!;
    expect(ws).toBeDefined();
    const t = sheetText(ws);
    expect(t[1][1]).toBe('城关镇石桥村驻村工作队和第一书记月纪实表（2026年10月）');
    expect(t[2][1]).toContain('本月工作日：18天');
    const header = t[3];
    expect(header.slice(1)).toEqual([
      '序号', '姓名', '职务', '派出单位', '本月工作日（天）', '应驻村（天）', '驻村天数（天）', '其中外勤（天）', '公假（天）', '请假（天）',
      '无故缺勤（天）', '日志按时（篇）', '日志补写（篇）', '日志缺失（篇）', '结果', '原因', '乡镇审核意见', '县级审核意见',
    ]);
    const rows = [t[4], t[5], t[6]];
    const fsRow = rows.find((x) => x[2] === page.data.cadres[0].name)!;
    const fs = page.data.cadres[0];
    expect(fsRow[3]).toBe(fs.roleLabel);
    expect(Number(fsRow[7])).toBe(fs.presentDays);
    expect(Number(fsRow[11])).toBe(fs.absences);
    expect(Number(fsRow[14])).toBe(fs.diaryMissing);
    expect(ws.getRow(4).getCell(7).value).toBe(fs.presentDays); // numbers stay numbers
    const p0301 = rows.find((x) => x[2] === page.data.cadres.find((c: { personId: string }) => c.personId === 'psn_430121_P0301').name)!;
    expect(p0301[15]).toBe('不达标');
    expect(p0301[16]).toMatch(/驻村|缺勤/);
    const all = t.flat().join('\n');
    expect(all).toContain('乡镇（街道）党（工）委审核意见');
    expect(all).toContain('县委组织部审核意见');
    expect(all).toContain('第一书记（签字）');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 2 });
    expect(ws.getColumn(16).width).toBeGreaterThan(30);
    noFormulas(ws);
  });

  it('汇总表: one row per village of the scope; scope-checked', async () => {
    const { call } = await seeded();
    const mine = await call('demo-supervisor', 'reports.summary', { month: '2026-11' });
    expect(mine.ok).toBe(true);
    if (!mine.ok) return;
    expect(mine.data.fileName).toBe('城关镇_2026-11_驻村汇总表.xlsx');
    const ws = (await readBook(mine.data.base64)).getWorksheet('汇总表')!;
    const t = sheetText(ws);
    expect(t[1][1]).toBe('城关镇驻村工作月度汇总表（2026年11月）');
    expect(t[2][1]).toContain('统计截至2026-11-20');
    expect(t[3].slice(1, 5)).toEqual(['序号', '乡镇', '村', '第一书记']);
    expect([t[4][3], t[5][3], t[6][3], t[7][3]]).toEqual(['红旗村', '新民村', '石桥村', '柳塘村']);
    expect(t[8]?.[3] ?? '').toBe('');
    noFormulas(ws);
    const county = await call('demo-admin', 'reports.summary', { month: '2026-10' });
    if (!county.ok) throw new Error('county summary failed');
    const ct = sheetText((await readBook(county.data.base64)).getWorksheet('汇总表')!);
    expect(ct.filter((row) => row && /.村$/.test(row[3] ?? '')).length).toBe(12);
    expect(await call('demo-supervisor', 'reports.summary', { month: '2026-10', townshipId: T02 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-member', 'reports.summary', { month: '2026-10' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-admin', 'reports.summary', { month: '2026-10', extra: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('the inspector reads only the villages drawn for their team, never the county', async () => {
    const { call, store } = await seeded();
    const drawn = await inspectorAssignments(store, 'psn_430121_P0005');
    expect(drawn.length).toBeGreaterThan(0);
    expect(await call('demo-inspector', 'reports.dashboard', {})).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-inspector', 'reports.villageMonth', { villageId: V005, month: '2026-10' })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect((await call('demo-inspector', 'reports.villageMonth', { villageId: drawn[0].villageId, month: '2026-10' })).ok).toBe(true);
  });

  it('a frozen month (month close) is exported from its snapshot and says so', async () => {
    const { call, store } = await seeded();
    const target = await countyTarget(store, 'cty_430121');
    const mc = await computeMonthCompliance(store, target, '2026-10', NOW, { fresh: true });
    await store.insert('snapshots', {
      _id: snapshotId('cty_430121', '2026-10'),
      kind: 'month-compliance',
      countyId: 'cty_430121',
      month: '2026-10',
      frozenAt: '2026-10-31T22:00:00Z',
      rules: {},
      compliance: mc,
    });
    const r = await call('demo-supervisor', 'reports.summary', { month: '2026-10' });
    if (!r.ok) throw new Error('summary failed');
    const t = sheetText((await readBook(r.data.base64)).getWorksheet('汇总表')!);
    expect(t[2][1]).toContain('月度结果已于2026-11-01月结冻结');
    expect([t[4][3], t[5][3], t[6][3], t[7][3]]).toEqual(['红旗村', '新民村', '石桥村', '柳塘村']);
    const v = await call('demo-supervisor', 'reports.villageMonth', { villageId: V003, month: '2026-10' });
    if (!v.ok) throw new Error('village export failed');
    expect(sheetText((await readBook(v.data.base64)).getWorksheet('月纪实表')!)[2][1]).toContain('月结冻结');
  });
});
