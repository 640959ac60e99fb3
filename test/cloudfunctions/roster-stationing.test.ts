import ExcelJS from 'exceljs';
import { calendarDay, type RosterRows } from '../../cloudfunctions/common/roster/rows';
import { validateRoster } from '../../cloudfunctions/common/roster/validate';
import { seeded } from './harness';
import { readWorkbook } from '../../cloudfunctions/common/exports/sheet';

/** Fills the downloaded template the way a county admin would: example rows deleted, own rows added. */
async function filled(template: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = await readWorkbook(Buffer.from(template, 'base64'));
  wb.eachSheet((ws) => ws.spliceRows(2, 1));
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function template(call: Awaited<ReturnType<typeof seeded>>['call']): Promise<string> {
  const r = await call('demo-admin', 'roster.template');
  if (!r.ok) throw new Error(r.error.message);
  return r.data.base64;
}

const P = (code: string) => `psn_430121_${code}`;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
/** A 人员 row: 人员编码, 姓名, 手机号, 派出单位编码, 角色, 驻村编码, 驻村开始日期, 驻村结束日期, 负责乡镇编码. */
const cadre = (code: string, name: string, from: ExcelJS.CellValue, until: ExcelJS.CellValue = null): ExcelJS.CellValue[] => [code, name, '', 'U01', '驻村工作队员', 'V001', from, until, ''];
const where = (r: { ok: boolean; error?: { details?: { sheet: string; row: number; message: string }[] } }) =>
  (r.error?.details ?? []).map((d) => `${d.sheet}:${d.row}:${d.message}`);

describe('roster 驻村开始日期 / 驻村结束日期', () => {
  it('the template has both columns after 驻村编码, and the example cadre a start date', async () => {
    const { call } = await seeded();
    const wb = await readWorkbook(Buffer.from(await template(call), 'base64'));
    const ws = wb.getWorksheet('人员')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['人员编码', '姓名', '手机号', '派出单位编码', '角色', '驻村编码', '驻村开始日期', '驻村结束日期', '负责乡镇编码']);
    const example = ws.getRow(2);
    expect(example.getCell(5).value).toBe('第一书记');
    expect(example.getCell(7).value).toEqual(utc(2026, 3, 1));
    expect(example.getCell(7).numFmt).toBe('yyyy-mm-dd');
    expect(example.getCell(8).value).toBeFalsy();
  });

  it('reads date cells, Excel serials and text dates as Shanghai calendar days, and stores them on the person', async () => {
    const { call, importRoster, store } = await seeded();
    const base64 = await filled(await template(call), (wb) => {
      const ws = wb.getWorksheet('人员')!;
      ws.addRow(cadre('P9101', '孙立新', utc(2026, 11, 10), utc(2027, 1, 31))); // date cells, as Excel saves typed dates
      ws.addRow(cadre('P9102', '钱学文', '2026-11-10'));
      ws.addRow(cadre('P9103', '赵有田', '2026/1/5', '2026/12/31'));
      ws.addRow(cadre('P9104', '李长生', '2026.11.10'));
      ws.addRow(cadre('P9105', '周德贵', '2026年3月8日', '2026年03月09日'));
      const serial = ws.addRow(cadre('P9106', '吴秀英', 46336)); // a number in a cell not formatted as a date
      serial.getCell(7).numFmt = 'General';
      ws.addRow(cadre('P9107', '郑建华', '46336'));
      ws.addRow(cadre('P9108', '王春花', null));
    });
    // What exceljs hands the reader: a Date for a date cell, a number for the serial, text for text.
    const back = await readWorkbook(Buffer.from(base64, 'base64'));
    expect([2, 3, 7, 8].map((r) => back.getWorksheet('人员')!.getRow(r).getCell(7).value)).toEqual([utc(2026, 11, 10), '2026-11-10', 46336, '46336']);
    const r = await importRoster(base64);
    expect(r).toMatchObject({ ok: true, data: { created: { people: 8 } } });
    const stored = async (code: string) => {
      const p = await store.get('people', P(code));
      return p ? [p.stationedFrom, p.stationedUntil] : 'not stored';
    };
    expect(await stored('P9101')).toEqual(['2026-11-10', '2027-01-31']);
    expect(await stored('P9102')).toEqual(['2026-11-10', null]);
    expect(await stored('P9103')).toEqual(['2026-01-05', '2026-12-31']);
    expect(await stored('P9104')).toEqual(['2026-11-10', null]);
    expect(await stored('P9105')).toEqual(['2026-03-08', '2026-03-09']);
    expect(await stored('P9106')).toEqual(['2026-11-10', null]);
    expect(await stored('P9107')).toEqual(['2026-11-10', null]);
    expect(await stored('P9108')).toEqual([null, null]);
    // The demo roster gives no dates: its cadres are stationed throughout.
    expect(await store.get('people', P('P0101'))).toMatchObject({ stationedFrom: null, stationedUntil: null });
  });

  it('takes the UTC day of a Date (exceljs builds date cells as UTC midnight), whatever the server time zone', () => {
    const rows: RosterRows = { townships: [], villages: [], fences: [], units: [], households: [], people: [] };
    rows.people.push({ code: 'P9111', name: '孙立新', phone: null, unitCode: 'U01', roles: '第一书记', villageCode: 'V001', stationedFrom: utc(2026, 11, 10), stationedUntil: new Date('2026-12-31T23:59:00Z'), townshipCode: null });
    rows.people.push({ code: 'P9112', name: '钱学文', phone: null, unitCode: 'U01', roles: '驻村工作队员', villageCode: 'V001', stationedFrom: 46023, townshipCode: null });
    const known = { townships: new Set(['T01']), villages: new Set(['V001']), units: new Set(['U01']), fencedVillages: new Set(['V001']) };
    const r = validateRoster(rows, known);
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    expect(r.roster.people.map((p) => [p.stationedFrom, p.stationedUntil])).toEqual([
      ['2026-11-10', '2026-12-31'],
      ['2026-01-01', undefined], // a row without the key keeps what is stored
    ]);
  });

  it('normalises each accepted form and refuses impossible days', () => {
    expect(calendarDay('2026-11-10')).toBe('2026-11-10');
    expect(calendarDay(' 2026/11/10 ')).toBe('2026-11-10');
    expect(calendarDay('2026.1.5')).toBe('2026-01-05');
    expect(calendarDay('2026年11月10日')).toBe('2026-11-10');
    expect(calendarDay('2026年1月5日')).toBe('2026-01-05');
    expect(calendarDay('2028-02-29')).toBe('2028-02-29');
    expect(calendarDay(46336)).toBe('2026-11-10');
    expect(calendarDay(46336.75)).toBe('2026-11-10');
    expect(calendarDay(utc(2026, 11, 10))).toBe('2026-11-10');
    expect(calendarDay('')).toBeNull();
    expect(calendarDay('  ')).toBeNull();
    expect(calendarDay(null)).toBeNull();
    for (const bad of ['2026-02-30', '2026-13-01', '2026-00-10', '2026-11-31', '2026-11', '2026-11/10', '下个月', '20261110', '0', new Date('x')])
      expect([bad, calendarDay(bad)]).toEqual([bad, undefined]);
  });

  it('reports bad dates, an end before the start and dates for someone who is not a cadre, by sheet and row, and writes nothing', async () => {
    const { call, importRoster, store } = await seeded();
    const base64 = await filled(await template(call), (wb) => {
      const ws = wb.getWorksheet('人员')!;
      ws.addRow(cadre('P9121', '孙立新', '2026-02-30')); // row 2
      ws.addRow(cadre('P9122', '钱学文', '2026-11-10', '十二月')); // row 3
      ws.addRow(cadre('P9123', '赵有田', '2026-11-10', '2026-11-09')); // row 4
      ws.addRow(cadre('P9124', '李长生', utc(2026, 11, 10), utc(2026, 11, 10))); // row 5: one day is fine
      ws.addRow(['P9125', '周德贵', '', '', '乡镇督导', '', '2026-11-10', '', 'T01']); // row 6
      ws.addRow(['P9126', '吴秀英', '', 'U01', '派出单位联络人', '', '', '2026-12-31', '']); // row 7
    });
    const before = await store.count('people', {});
    const r = await importRoster(base64);
    expect(r).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID' } });
    expect(where(r as never)).toEqual([
      '人员:2:驻村开始日期：驻村开始日期应为有效日期，如2026-11-10',
      '人员:3:驻村结束日期：驻村结束日期应为有效日期，如2026-11-10',
      '人员:4:驻村结束日期不能早于开始日期',
      '人员:6:只有驻村干部填写驻村日期',
      '人员:7:只有驻村干部填写驻村日期',
    ]);
    expect(await store.count('people', {})).toBe(before);
  });

  it('a re-upload with 驻村结束日期 recalls a cadre; the WeChat binding stays; an empty cell clears a date', async () => {
    const { call, importRoster, store } = await seeded();
    const member = await store.get('people', P('P0102'));
    if (!member) throw new Error('the demo roster has P0102');
    expect(member).toMatchObject({ openid: 'demo-member', stationedFrom: null, stationedUntil: null });
    const upload = async (from: ExcelJS.CellValue, until: ExcelJS.CellValue) =>
      importRoster(await filled(await template(call), (wb) => wb.getWorksheet('人员')!.addRow(cadre('P0102', member.name, from, until))));
    expect(await upload('2026-03-01', null)).toMatchObject({ ok: true, data: { created: { people: 0 }, updated: { people: 1 } } });
    expect(await store.get('people', P('P0102'))).toMatchObject({ stationedFrom: '2026-03-01', stationedUntil: null, openid: 'demo-member' });
    // Found 长期不在岗 and replaced: recalled as of 2026-11-15.
    expect(await upload('2026-03-01', '2026-11-15')).toMatchObject({ ok: true, data: { updated: { people: 1 } } });
    expect(await store.get('people', P('P0102'))).toMatchObject({ stationedFrom: '2026-03-01', stationedUntil: '2026-11-15', openid: 'demo-member', villageId: 'vil_430121_V001' });
    expect(await upload(null, null)).toMatchObject({ ok: true });
    expect(await store.get('people', P('P0102'))).toMatchObject({ stationedFrom: null, stationedUntil: null });
  });

  it('a file from the earlier template (no date columns) still imports and keeps the stored dates', async () => {
    const { call, importRoster, store } = await seeded();
    const tpl = await template(call);
    const first = await filled(tpl, (wb) => wb.getWorksheet('人员')!.addRow(cadre('P9131', '孙立新', '2026-03-01', '2026-11-15')));
    expect(await importRoster(first)).toMatchObject({ ok: true });
    const old = await filled(tpl, (wb) => {
      const ws = wb.getWorksheet('人员')!;
      ws.spliceColumns(7, 2);
      ws.addRow(['P9131', '孙立新', '13907319131', 'U01', '驻村工作队员', 'V001', '']);
    });
    expect(await importRoster(old)).toMatchObject({ ok: true, data: { updated: { people: 1 } } });
    expect(await store.get('people', P('P9131'))).toMatchObject({ phone: '13907319131', stationedFrom: '2026-03-01', stationedUntil: '2026-11-15' });
    // Other columns are still required.
    const broken = await filled(tpl, (wb) => wb.getWorksheet('人员')!.spliceColumns(6, 1));
    expect(await importRoster(broken)).toMatchObject({
      ok: false,
      error: { details: [{ sheet: '人员', row: 1, message: '缺少“驻村编码”列' }] },
    });
  });
});
