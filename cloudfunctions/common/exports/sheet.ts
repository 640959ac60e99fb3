import ExcelJS from 'exceljs';
import { shanghaiDay } from '../../../src/core';

/** A column of an exported table: header text, width in characters, and the value of each row. */
export interface Column<R> {
  header: string;
  width: number;
  value: (row: R, index: number) => string | number | null;
  /** Long text wraps (reasons); numbers are centred. */
  wrap?: boolean;
}

export interface TableSheet<R> {
  /** Chinese sheet name, ≤ 31 characters, none of []:*?/\ . */
  name: string;
  title: string;
  /** Lines under the title (scope, month, as of). */
  info: string[];
  columns: Column<R>[];
  rows: R[];
  /** Lines under the table (notes, sign-off). */
  footer: string[];
}

const THIN = { style: 'thin' as const, color: { argb: 'FF999999' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'SimSun';

/**
 * A plain table that opens the same in Excel and WPS: only literal values (no formulas), a title
 * row, info lines, one header row frozen with the first columns, set widths, thin borders,
 * landscape A4 fitted to the page width.
 */
export function addTableSheet<R>(wb: ExcelJS.Workbook, t: TableSheet<R>, freezeColumns = 2): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(t.name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const n = t.columns.length;
  ws.columns = t.columns.map((c) => ({ width: c.width }));

  const title = ws.addRow([t.title]);
  ws.mergeCells(title.number, 1, title.number, n);
  title.height = 30;
  title.getCell(1).font = { name: FONT, size: 16, bold: true };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };

  for (const line of t.info) {
    const r = ws.addRow([line]);
    ws.mergeCells(r.number, 1, r.number, n);
    r.getCell(1).font = { name: FONT, size: 11 };
  }

  const header = ws.addRow(t.columns.map((c) => c.header));
  header.height = 32;
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  });

  t.rows.forEach((row, i) => {
    const r = ws.addRow(t.columns.map((c) => c.value(row, i) ?? ''));
    t.columns.forEach((c, ci) => {
      const cell = r.getCell(ci + 1);
      cell.font = { name: FONT, size: 11 };
      cell.border = BORDER;
      cell.alignment = c.wrap
        ? { vertical: 'middle', wrapText: true }
        : { horizontal: typeof cell.value === 'number' ? 'center' : 'left', vertical: 'middle' };
    });
  });

  if (t.footer.length) ws.addRow([]);
  for (const line of t.footer) {
    const r = ws.addRow([line]);
    ws.mergeCells(r.number, 1, r.number, n);
    r.getCell(1).font = { name: FONT, size: 11 };
    r.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    r.height = 24;
  }

  ws.views = [{ state: 'frozen', xSplit: freezeColumns, ySplit: header.number, topLeftCell: ws.getCell(header.number + 1, freezeColumns + 1).address }];
  ws.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  return ws;
}

/** The workbook as base64 for the JSON envelope (the client saves or opens it). */
export async function workbookBase64(wb: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/**
 * A workbook read from its bytes. exceljs types `load` as taking its own `Buffer` (an ArrayBuffer),
 * which Node's Buffer type does not match: it gets a copy of the bytes as a plain ArrayBuffer
 * (it hands them to JSZip, which reads either).
 */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb;
}

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '驻村';
  return wb;
}

/** Whether the figures are final: frozen at month close, over, or progress as of a day. */
export function closedNote(closed: boolean, asOf: string, frozenAt: string | null | undefined): string {
  if (frozenAt) return `月度结果已于${shanghaiDay(new Date(frozenAt))}月结冻结`;
  return closed ? '本月已结束' : `统计截至${asOf}（本月未结束，结果为进度）`;
}

/** Characters Excel refuses in file or sheet names. */
export function safeName(s: string): string {
  return s.replace(/[\\/:*?"<>|[\]]/g, '_');
}
