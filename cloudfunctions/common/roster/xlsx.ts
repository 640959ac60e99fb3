import ExcelJS from 'exceljs';
import type { ErrorDetail } from '../../../types';
import { readWorkbook } from '../exports/sheet';
import { ADDED_COLUMNS, SHEETS, utcDay, type RosterRows } from './rows';
import type { RowNumbers } from './validate';

type SheetKey = keyof typeof SHEETS;
const KEYS = Object.keys(SHEETS) as SheetKey[];

/** The template a county admin fills: one sheet per kind of row, headers in Chinese, one example row each (codes EX-…, refused on import). */
export async function rosterTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const examples: Record<SheetKey, ExcelJS.CellValue[]> = {
    townships: ['EX-T01', '城关镇'],
    villages: ['EX-V001', '红旗村', 'EX-T01'],
    fences: ['EX-V001', '28.2282', '112.9388', '800'],
    units: ['EX-U01', '县科技局'],
    people: ['EX-P0001', '王建国', '13800000000', 'EX-U01', '第一书记', 'EX-V001', new Date(Date.UTC(2026, 2, 1)), '', ''],
    households: ['EX-V001', '1组', '张德贵', 'EX-001'],
  };
  for (const key of KEYS) {
    const ws = wb.addWorksheet(SHEETS[key].title);
    ws.addRow(Object.values(SHEETS[key].columns));
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c) => (c.width = 16));
    // Codes as text, so Excel keeps leading zeros (户编号 001 stays 001, not 1).
    Object.keys(SHEETS[key].columns).forEach((field, i) => {
      if (/code$/i.test(field)) ws.getColumn(i + 1).numFmt = '@';
      // Dates shown as 2026-11-10 (exceljs writes a Date as the Excel serial of its UTC day).
      if (/^stationed/.test(field)) ws.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
    });
    ws.addRow(examples[key]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellText(v: ExcelJS.CellValue): string | null {
  if (v === null || v === undefined) return null;
  // A date-formatted cell: exceljs builds it as UTC midnight of the day shown, whatever the server's time zone.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : utcDay(v);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (typeof v === 'object' && 'result' in v) return v.result === undefined ? null : cellText(v.result as ExcelJS.CellValue);
  const s = String(v).trim();
  return s === '' ? null : s;
}

/** Reads a filled template into rows keyed by field; a missing sheet or column is an error by name (a column in ADDED_COLUMNS may be missing). */
/** Rows of each sheet, with the Excel row number of each (blank rows are skipped, so numbers can jump). */
export async function parseRosterWorkbook(
  bytes: Buffer,
): Promise<{ ok: true; rows: RosterRows; rowNumbers: RowNumbers } | { ok: false; errors: ErrorDetail[] }> {
  let wb: ExcelJS.Workbook;
  try {
    wb = await readWorkbook(bytes);
  } catch {
    return { ok: false, errors: [{ message: '文件不是有效的 Excel（.xlsx）表格，请用下载的模板填写。' }] };
  }
  const errors: ErrorDetail[] = [];
  const rows = {} as Record<SheetKey, Record<string, string | null>[]>;
  const rowNumbers = {} as RowNumbers;
  for (const key of KEYS) {
    const { title, columns } = SHEETS[key];
    rows[key] = [];
    rowNumbers[key] = [];
    const ws = wb.getWorksheet(title);
    if (!ws) {
      errors.push({ sheet: title, message: `缺少“${title}”表` });
      continue;
    }
    const header = (ws.getRow(1).values as ExcelJS.CellValue[]).map(cellText);
    const index: Record<string, number> = {};
    const added: readonly string[] = ADDED_COLUMNS[key] ?? [];
    for (const [field, label] of Object.entries(columns)) {
      const at = header.indexOf(label);
      // A column added since the admin's copy of the template was made: left out of the rows, so stored values stay.
      if (at < 0 && added.includes(field)) continue;
      if (at < 0) errors.push({ sheet: title, row: 1, message: `缺少“${label}”列` });
      index[field] = at;
    }
    for (let r = 2; r <= ws.rowCount; r++) {
      const values = ws.getRow(r).values as ExcelJS.CellValue[];
      const row: Record<string, string | null> = {};
      for (const [field, at] of Object.entries(index)) row[field] = at >= 0 ? cellText(values[at]) : null;
      if (Object.values(row).every((v) => v === null)) continue;
      rows[key].push(row);
      rowNumbers[key].push(r);
    }
  }
  if (errors.length) return { ok: false, errors };
  // Cells as read: the validator's schemas parse them (RosterRows is what they take in).
  return { ok: true, rows: rows as RosterRows, rowNumbers };
}
