import type ExcelJS from 'exceljs';
import { GROUP_LABELS, itemNumber } from '../../../src/core/inspection/template';
import { SIGNER_LABELS, type RecordView } from '../../../types/inspection';
import { monthLabel } from '../../../src/core';
import { addTableSheet, newWorkbook, workbookBase64 } from '../exports/sheet';
import { factLines } from '../../../src/core/inspection/fact-lines';

const THIN = { style: 'thin' as const, color: { argb: 'FF666666' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'SimSun';
const rate = (x: number | null) => (x === null ? '' : `${x}%`);

/**
 * The record as the paper form (附件2), A4 portrait: header facts, the items with 是/否 ticks, the two
 * money figures, 帮扶村满意度评价 and the signatures with their times; a second sheet lists the system's
 * facts with the inspector's confirmation or correction.
 */
export async function recordWorkbook(r: RecordView): Promise<string> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('督查纪实表', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [{ width: 16 }, { width: 46 }, { width: 7 }, { width: 7 }, { width: 26 }];
  const row = (values: (string | number)[], opts: { bold?: boolean; merge?: [number, number][]; height?: number; border?: boolean } = {}) => {
    const x = ws.addRow(values);
    for (const [a, b] of opts.merge ?? []) ws.mergeCells(x.number, a, x.number, b);
    x.height = opts.height ?? 22;
    x.eachCell({ includeEmpty: true }, (c: ExcelJS.Cell) => {
      c.font = { name: FONT, size: 11, bold: opts.bold };
      c.alignment = { vertical: 'middle', wrapText: true };
      if (opts.border !== false) c.border = BORDER;
    });
    return x;
  };
  const title = row([r.templateName], { merge: [[1, 5]], height: 32, border: false });
  title.getCell(1).font = { name: FONT, size: 16, bold: true };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  row([`时间：${monthLabel(r.month)}\u3000${r.countyName}${r.townshipName}${r.villageName}\u3000督查组：${r.teamName}`], { merge: [[1, 5]], border: false });
  const h = r.header;
  row(['帮扶单位', h.unitName, '工作队人数', '', `${h.teamSize}人；驻村队长 ${h.leaderName}；第一书记 ${h.firstSecretaryName}`], { merge: [[3, 4]] });
  row(['帮扶村', h.villageName, '总人口', '', `${h.population}；贫困人数 ${h.poorCount}；上年人均纯收入 ${h.lastYearIncome}`], { merge: [[3, 4]] });
  for (const group of ['team', 'secretary'] as const) {
    row([GROUP_LABELS[group], '督查指标', '是', '否', '说明'], { bold: true });
    for (const it of r.items.filter((i) => i.group === group)) {
      const x = row(['', `${itemNumber(r.items, it.key)}.${it.text}`, it.answer === 'yes' ? '✓' : '', it.answer === 'no' ? '✓' : '', it.note], { height: 34 });
      x.getCell(3).alignment = { horizontal: 'center', vertical: 'middle' };
      x.getCell(4).alignment = { horizontal: 'center', vertical: 'middle' };
    }
    if (group === 'team') row(['', `扶贫基金到位（万元）：${h.fundWan}`, '', '', `争取项目资金（万元）：${h.projectFundWan}`], { merge: [[2, 4]] });
  }
  const s = r.satisfaction;
  row(['帮扶村满意度评价', '走访人数（人）', '满意率（%）', '', '不满意率（%）'], { bold: true, merge: [[3, 4]] });
  row(['', s.visited === null ? '' : s.visited, rate(s.satisfiedRate), '', rate(s.dissatisfiedRate)], { merge: [[3, 4]] });
  row(['', s.fromSurvey ? '取自本村群众问卷' : `督查组更正：${s.note}`], { merge: [[2, 5]] });
  if (r.extraProblems.length) {
    row(['督查发现的其他问题', r.extraProblems.map((p, i) => `${i + 1}. ${p.text}`).join('\n')], { merge: [[2, 5]], height: 20 + 16 * r.extraProblems.length });
  }
  row([], { border: false });
  const signed = (role: keyof typeof SIGNER_LABELS) =>
    r.required
      .filter((x) => x.role === role)
      .map((x) => (x.signed ? `${x.name}（${x.at!.slice(0, 16).replace('T', ' ')}）` : '（未签）'))
      .join('、');
  row([`村党组织负责人：${signed('village_secretary')}\u3000第一书记：${signed('first_secretary')}\u3000督查组成员：${signed('inspector')}`], { merge: [[1, 5]], height: 40, border: false });
  row([r.status === 'signed' ? '以上签字均在本人手机上确认（时间为北京时间，世界协调时保存）。' : '尚未全部签字，本表暂不生效。'], { merge: [[1, 5]], border: false });

  addTableSheet(wb, {
    name: '系统数据核对',
    title: `${r.villageName} ${monthLabel(r.month)} 系统数据与督查核对`,
    info: [`数据截至${r.facts.asOf}，来自驻村打卡、工作日志、请假和群众问卷，不用重新填报。`],
    columns: [
      { header: '项目', width: 18, value: (x) => x.label },
      { header: '系统数据', width: 60, value: (x) => x.text, wrap: true },
      { header: '督查核对', width: 10, value: (x) => (x.check ? (x.check.state === 'confirmed' ? '确认' : '更正') : '未核对') },
      { header: '更正为', width: 14, value: (x) => x.check?.value ?? '' },
      { header: '说明', width: 30, value: (x) => x.check?.note ?? '', wrap: true },
    ],
    rows: factLines(r.facts).map((l) => ({ ...l, check: r.checks[l.key] ?? null })),
    footer: [],
  }, 1);
  return workbookBase64(wb);
}
