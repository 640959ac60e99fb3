import ExcelJS from 'exceljs';
import { seeded } from './harness';
import { readWorkbook } from '../../cloudfunctions/common/exports/sheet';

/** Fills the downloaded template the way a county admin would: example rows deleted, own rows added. */
async function filled(template: string, edit: (wb: ExcelJS.Workbook) => void, keepExamples = false): Promise<string> {
  const wb = await readWorkbook(Buffer.from(template, 'base64'));
  if (!keepExamples) wb.eachSheet((ws) => ws.spliceRows(2, 1));
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function template(call: Awaited<ReturnType<typeof seeded>>['call']): Promise<string> {
  const r = await call('demo-admin', 'roster.template');
  if (!r.ok) throw new Error(r.error.message);
  expect(r.data.fileName).toMatch(/\.xlsx$/);
  return r.data.base64;
}

describe('roster.import', () => {
  it('imports the template, and importing again updates by code without duplicates', async () => {
    const { call, importRoster, store } = await seeded();
    const base64 = await filled(await template(call), (wb) => {
      wb.getWorksheet('乡镇')!.addRow(['T04', '金井镇']);
      wb.getWorksheet('村')!.addRow(['V013', '金龙村', 'T04']);
      wb.getWorksheet('村围栏')!.addRow(['V013', '28.5021', '113.3215', '600']);
      wb.getWorksheet('人员')!.addRow(['P9000', '孙立新', '13907319000', 'U02', '第一书记', 'V013', '']);
      wb.getWorksheet('人员')!.addRow(['P9001', '钱学文', '', 'U01', '驻村工作队员', 'V001', '']);
    });
    const people = await store.count('people', {});
    const first = await importRoster(base64);
    expect(first).toMatchObject({ ok: true, data: { created: { townships: 1, villages: 1, units: 0, people: 2 } } });
    const again = await importRoster(base64);
    expect(again).toMatchObject({ ok: true, data: { created: { people: 0, villages: 0 }, updated: { people: 2, townships: 1, villages: 1 } } });
    expect(await store.count('people', {})).toBe(people + 2);
    const v = await store.get('villages', 'vil_430121_V013');
    expect(v).toMatchObject({ name: '金龙村', townshipId: 'twn_430121_T04', fence: [{ lat: 28.5021, lng: 113.3215, radiusM: 600 }] });
    const fs = await call('demo-admin', 'roster.overview');
    if (fs.ok) expect(fs.data.people.find((p: { code: string }) => p.code === 'P9000').roles).toEqual([{ role: 'first_secretary', scopeName: '金龙村' }]);
    // The demo first secretary's WeChat binding survives a re-import of other rows.
    expect(await store.count('people', { openid: 'demo-fs' })).toBe(1);
  });

  it('reports every bad row by sheet and row, in Chinese, and writes nothing', async () => {
    const { call, importRoster, store } = await seeded();
    const base64 = await filled(await template(call), (wb) => {
      wb.getWorksheet('村围栏')!.addRow(['V001', '95', '112.9', '800']);
      wb.getWorksheet('人员')!.addRow(['P9002', '李', '123', 'U99', '村长', '', '']);
      wb.getWorksheet('人员')!.addRow(['P9003', '孙晓明', '', '', '第一书记', 'V404', '']);
    });
    const before = await store.count('people', {});
    const r = await importRoster(base64);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('IMPORT_INVALID');
    const where = r.error.details!.map((d: { sheet: string; row: number; message: string }) => `${d.sheet}:${d.row}:${d.message}`);
    expect(where).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^村围栏:2:纬度/),
        expect.stringMatching(/^人员:2:姓名/),
        expect.stringMatching(/^人员:2:手机号/),
        expect.stringMatching(/^人员:2:角色：不认识的角色“村长”/),
        expect.stringMatching(/^人员:3:驻村编码 V404/),
      ]),
    );
    expect(await store.count('people', {})).toBe(before);
  });

  it('cites the row as Excel numbers it, even after blank rows', async () => {
    const { call, importRoster } = await seeded();
    const base64 = await filled(await template(call), (wb) => {
      const ws = wb.getWorksheet('人员')!;
      ws.addRow(['P9004', '孙晓明', '', '', '驻村工作队员', 'V001', '']);
      ws.addRow([]);
      ws.getRow(5).values = ['P9005', '钱', '', '', '驻村工作队员', 'V001', ''];
    });
    const r = await importRoster(base64);
    expect(r).toMatchObject({ ok: false, error: { details: [{ sheet: '人员', row: 5, message: expect.stringMatching(/^姓名/) }] } });
  });

  it('refuses the template uploaded with its example rows still in it', async () => {
    const { call, importRoster, store } = await seeded();
    const before = await store.count('people', {});
    const r = await importRoster(await filled(await template(call), () => undefined, true));
    expect(r).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID', details: expect.arrayContaining([{ sheet: '人员', row: 2, message: expect.stringContaining('示例行') }]) } });
    // One plain message per sheet, not a cascade of references to the other example rows.
    if (!r.ok) expect(r.error.details!.map((d: { sheet: string; message: string }) => `${d.sheet}:${d.message}`).sort()).toEqual(
      ['乡镇', '人员', '农户', '村', '村围栏', '派出单位'].map((sheet) => `${sheet}:这是模板里的示例行，请删除后再上传`).sort(),
    );
    expect(await store.count('people', {})).toBe(before);
  });

  it('refuses a file that is not a workbook and a workbook missing a sheet', async () => {
    const { call, importRoster } = await seeded();
    expect(await importRoster(Buffer.from('hello').toString('base64'))).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_INVALID', details: [{ message: expect.stringContaining('Excel') }] },
    });
    const base64 = await filled(await template(call), (wb) => wb.removeWorksheet(wb.getWorksheet('派出单位')!.id));
    expect(await importRoster(base64)).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_INVALID', details: [{ sheet: '派出单位', message: '缺少“派出单位”表' }] },
    });
  });
});

describe('roster.import: 农户 (households)', () => {
  const hh = (village: string, code: string) => `hh_430121_${village}_${code}`;

  it('offers the 农户 sheet in the template, with its example row', async () => {
    const { call } = await seeded();
    const wb = await readWorkbook(Buffer.from(await template(call), 'base64'));
    const ws = wb.getWorksheet('农户')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['村编码', '组', '户主姓名', '户编号']);
    expect(ws.getRow(2).getCell(4).value).toBe('EX-001');
  });

  it('imports households into new and stored villages, and a re-import updates by code', async () => {
    const { call, importRoster, store } = await seeded();
    const rows = (name: string) => (wb: ExcelJS.Workbook) => {
      wb.getWorksheet('乡镇')!.addRow(['T04', '金井镇']);
      wb.getWorksheet('村')!.addRow(['V013', '金龙村', 'T04']);
      wb.getWorksheet('村围栏')!.addRow(['V013', '28.5021', '113.3215', '600']);
      const ws = wb.getWorksheet('农户')!;
      ws.addRow(['V013', 1, name, '001']);
      ws.addRow(['V013', '2组', '钱秀英', '002']);
      // Same code in another village is another household; V001 is stored, not in this file.
      ws.addRow(['V001', '3组', '赵有田', '001']);
    };
    // Counted in the demo county (the city's second county has households of its own).
    const before = await store.count('households', { countyId: 'cty_430121' });
    const first = await importRoster(await filled(await template(call), rows('孙大山')));
    expect(first).toMatchObject({ ok: true, data: { created: { households: 2, villages: 1 }, updated: { households: 1 } } });
    expect(await store.get('households', hh('V013', '001'))).toMatchObject({
      villageId: 'vil_430121_V013',
      countyId: 'cty_430121',
      code: '001',
      name: '孙大山',
      group: '1组',
    });
    // The demo household V001/001 keeps its id (visits refer to it) and takes the imported name.
    expect(await store.get('households', hh('V001', '001'))).toMatchObject({ name: '赵有田', group: '3组', villageId: 'vil_430121_V001' });
    const again = await importRoster(await filled(await template(call), rows('孙大海')));
    expect(again).toMatchObject({ ok: true, data: { created: { households: 0 }, updated: { households: 3 } } });
    expect(await store.get('households', hh('V013', '001'))).toMatchObject({ name: '孙大海' });
    expect(await store.count('households', { countyId: 'cty_430121' })).toBe(before + 2);
    // Households missing from the sheet are kept: V001 still has all its demo households.
    expect(await store.count('households', { villageId: 'vil_430121_V001' })).toBe(18);
    const overview = await call('demo-admin', 'roster.overview');
    expect(overview).toMatchObject({ ok: true, data: { counts: { households: before + 2 } } });
    const list = await call('demo-fs', 'households.list', {});
    if (list.ok) expect(list.data.households.find((h: { id: string }) => h.id === hh('V001', '001'))).toMatchObject({ name: '赵有田', group: '3组' });
  });

  it('a 农户-only upload (other sheets left empty) works for villages already stored', async () => {
    const { call, importRoster } = await seeded();
    const base64 = await filled(await template(call), (wb) => {
      wb.getWorksheet('农户')!.addRow(['V002', '1组', '周德贵', 'A-19']);
    });
    expect(await importRoster(base64)).toMatchObject({
      ok: true,
      data: { created: { households: 1, people: 0, villages: 0 }, updated: { households: 0, people: 0 } },
    });
  });

  it('takes 2000 households in one upload', async () => {
    const { call, importRoster, store } = await seeded();
    const base64 = await filled(await template(call), (wb) => {
      const ws = wb.getWorksheet('农户')!;
      const s = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
      for (let i = 0; i < 2000; i++) ws.addRow([`V${String((i % 12) + 1).padStart(3, '0')}`, `${(i % 9) + 1}组`, s[i % 20] + s[(i * 7) % 20] + s[(i * 13) % 20], `B${i + 1}`]);
    });
    expect(base64.length).toBeLessThan(90_000);
    expect(await importRoster(base64)).toMatchObject({ ok: true, data: { created: { households: 2000 } } });
    expect(await store.count('households', { villageId: 'vil_430121_V012' })).toBe(18 + 166); // 18 demo households + every 12th row of 2000
  }, 30_000);

  it('reports unknown villages, duplicate codes within a village, missing names and bad codes, and writes nothing', async () => {
    const { call, importRoster, store } = await seeded();
    const base64 = await filled(await template(call), (wb) => {
      const ws = wb.getWorksheet('农户')!;
      ws.addRow(['V404', '1组', '孙大山', '001']);
      ws.addRow(['V001', '1组', '钱秀英', '101']);
      ws.addRow(['V001', '2组', '赵有田', '101']);
      ws.addRow(['V001', '2组', null, '102']);
      ws.addRow(['V001', '', '李长生', '1_03']);
      ws.addRow(['V002', '1组', '周德贵', '101']);
    });
    const before = await store.count('households', {});
    const r = await importRoster(base64);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('IMPORT_INVALID');
    const where = r.error.details!.map((d: { sheet: string; row: number; message: string }) => `${d.sheet}:${d.row}:${d.message}`);
    expect(where).toEqual([
      '农户:2:村编码 V404 在“村”表中不存在',
      '农户:4:村 V001 的户编码 101 与第3行重复',
      '农户:5:户主姓名：不能为空',
      '农户:6:组：不能为空',
      '农户:6:户编号：户编号只能是1-20位字母、数字或短横线',
    ]);
    expect(await store.count('households', {})).toBe(before);
  });

  it('refuses the 农户 example row left in the template', async () => {
    const { call, importRoster, store } = await seeded();
    const before = await store.count('households', {});
    const base64 = await filled(await template(call), (wb) => {
      // Every other example row removed; only the 农户 one stays.
      for (const title of ['乡镇', '村', '村围栏', '派出单位', '人员']) wb.getWorksheet(title)!.spliceRows(2, 1);
    }, true);
    const r = await importRoster(base64);
    expect(r).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID', details: [{ sheet: '农户', row: 2, message: expect.stringContaining('示例行') }] } });
    expect(await store.count('households', {})).toBe(before);
  });
});

describe('home pages by role and scope', () => {
  it('gives the county admin the roster at a glance', async () => {
    const { call } = await seeded();
    const r = await call('demo-admin', 'roster.overview');
    expect(r).toMatchObject({ ok: true, data: { county: { name: '长沙县' }, counts: { townships: 3, villages: 12, units: 12 } } });
    if (r.ok) expect(r.data.counts.people).toBeGreaterThanOrEqual(40);
  });

  it('shows a supervisor only their township, and refuses another', async () => {
    const { call } = await seeded();
    const mine = await call('demo-supervisor', 'org.villagePicker');
    expect(mine).toMatchObject({ ok: true, data: { scope: { level: 'township', name: '城关镇' } } });
    if (mine.ok) expect(mine.data.villages.map((v: { townshipId: string }) => v.townshipId)).toEqual(Array(4).fill('twn_430121_T01'));
    expect(await call('demo-supervisor', 'org.villagePicker', { townshipId: 'twn_430121_T02' })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    const county = await call('demo-admin', 'org.villagePicker');
    expect(county).toMatchObject({ ok: true, data: { scope: { level: 'county', name: '长沙县' } } });
    if (county.ok) expect(county.data.villages).toHaveLength(12);
  });

  it('tells the cadre today and the month so far in Shanghai time', async () => {
    const { call } = await seeded();
    const r = await call('demo-fs', 'cadre.today');
    expect(r).toMatchObject({ ok: true, data: { day: '2026-11-20', village: { name: '红旗村' }, month: { month: '2026-11', workingDays: 21 } } });
    if (r.ok) expect(r.data.month.projection.sentence).toMatch(/[\u4e00-\u9fa5]/);
    // 2026-11-30 23:59:59 Shanghai is still November; one second later it is December.
    const lastSecond = await call('demo-fs', 'cadre.today', {}, new Date('2026-11-30T15:59:59Z'));
    expect(lastSecond).toMatchObject({ ok: true, data: { day: '2026-11-30' } });
    const next = await call('demo-fs', 'cadre.today', {}, new Date('2026-11-30T16:00:00Z'));
    expect(next).toMatchObject({ ok: true, data: { day: '2026-12-01', month: { month: '2026-12' } } });
    const unknownYear = await call('demo-fs', 'cadre.today', {}, new Date('2027-01-05T03:00:00Z'));
    // A year without holiday data: the day is answered, only the month's figures wait for the schedule.
    expect(unknownYear).toMatchObject({ ok: true, data: { day: '2027-01-05', month: { month: '2027-01', pending: 'calendar', year: 2027 } } });
  });
});
