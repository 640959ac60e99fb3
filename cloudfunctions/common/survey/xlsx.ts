import ExcelJS from 'exceljs';
import { RATE_VERDICT_WORDS, rateVerdict, type SurveyRate } from '../../../src/core/survey/rates';
import type { CampaignDoc } from './model';
import type { VillageResult } from './results';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rateText = (r: SurveyRate | null) => (r ? `${pct(r.rate)}（${r.positive}/${r.n}）` : '—');
const ciText = (r: SurveyRate | null) => (r && r.n > 0 ? `${pct(r.low)} ～ ${pct(r.high)}` : '—');

/** What stands in for a village's breakdown when it has too few answers (survey.minCellAnswers). */
export const withheldText = (minCellAnswers: number) => `答卷不足${minCellAnswers}份，暂不显示分项`;

/**
 * The results workbook: a summary per village (rates with 95% interval against the target), counts per
 * question and option — never for a village with fewer than `minCellAnswers` answers, whoever exports —
 * and, for supervisors only, the written suggestions, sorted, without any link to who wrote them or when.
 */
export async function resultsWorkbook(
  c: CampaignDoc,
  villages: readonly VillageResult[],
  opts: { awarenessMin: number; minAnswers: number; minCellAnswers: number; texts: { village: string; question: string; text: string }[] | null },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sum = wb.addWorksheet('汇总');
  sum.addRow([c.title]);
  sum.addRow([`调查时间 ${c.from} 至 ${c.to}；发起：${c.organiser}；知晓率要求 ≥ ${pct(opts.awarenessMin)}；少于 ${opts.minAnswers} 份为样本太少`]);
  sum.addRow(['村', '答卷数', '目标份数', '知晓率', '知晓率95%区间', '是否达到知晓率要求', '满意率', '满意率95%区间']);
  sum.getRow(1).font = { bold: true, size: 14 };
  sum.getRow(3).font = { bold: true };
  for (const v of villages) {
    sum.addRow([
      v.villageName,
      v.answers,
      v.target,
      rateText(v.awareness),
      ciText(v.awareness),
      v.awareness ? RATE_VERDICT_WORDS[rateVerdict(v.awareness, opts.awarenessMin)].word : '—',
      rateText(v.satisfaction),
      ciText(v.satisfaction),
    ]);
  }
  sum.columns.forEach((col, i) => (col.width = i === 0 ? 14 : 18));

  const per = wb.addWorksheet('分题统计');
  per.addRow(['村', '题号', '题目', '选项', '人数', '回答人数']);
  per.getRow(1).font = { bold: true };
  for (const v of villages) {
    if (v.withheld || v.answers < opts.minCellAnswers) {
      per.addRow([v.villageName, '', withheldText(opts.minCellAnswers), '', '', v.answers]);
      continue;
    }
    v.questions.forEach((q, i) => {
      if (q.counts.length === 0) per.addRow([v.villageName, i + 1, q.title, '（文字回答）', q.n, q.n]);
      for (const o of q.counts) per.addRow([v.villageName, i + 1, q.title, o.label, o.count, q.n]);
    });
  }
  per.columns.forEach((col, i) => (col.width = i === 2 ? 40 : 14));

  if (opts.texts) {
    const ws = wb.addWorksheet('意见建议');
    ws.addRow(['村', '题目', '内容']);
    ws.getRow(1).font = { bold: true };
    for (const t of opts.texts) ws.addRow([t.village, t.question, t.text]);
    ws.columns.forEach((col, i) => (col.width = i === 2 ? 60 : 20));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
