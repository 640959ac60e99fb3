import { GRADE_LABELS, GRADE_ORDER, nextMonth, shanghaiDay, shortMonthLabel } from '../../src/core';
import type { MonthlyReport } from '../../types/monthly-report';
import { confirmedGrades, monthProposals } from './grade-proposals';
import { signedRecords } from './inspection/queries';
import { isOverdue } from './ledger/docs';
import type { CountyDoc } from './model';
import { countyVillages } from './org';
import { findAll, type DocDriver } from './store/driver';

/** Seed 002: counties send their month to the city by the 5th of the next month. */
export const reportDueDay = (month: string) => `${nextMonth(month)}-05`;

export interface MonthlyReportDoc {
  _id: string;
  countyId: string;
  month: string;
  report: MonthlyReport;
  sentAt: string;
  sentBy: string;
  sentByName: string;
}

export const monthlyReportId = (countyId: string, month: string) => `${countyId}:${month}`;

/** When and by whom a report was sent, and whether after the 5th. */
export function sentView(doc: Pick<MonthlyReportDoc, 'sentAt' | 'sentByName' | 'month'>) {
  return { at: doc.sentAt, byName: doc.sentByName, late: shanghaiDay(new Date(doc.sentAt)) > reportDueDay(doc.month) };
}

/** The county's month from the records: compliance, inspections, problems (整改台账) and grades. */
export async function buildMonthlyReport(store: DocDriver, county: CountyDoc, month: string, now: Date): Promise<MonthlyReport> {
  const villages = await countyVillages(store, county._id);
  const proposals = await monthProposals(store, county._id, villages, month, now);
  const passed = proposals.filter((p) => p.compliance.pass).length;
  const absences = proposals.reduce((s, p) => s + p.compliance.unexcusedAbsences.length, 0);

  // A signed record counts with its filled items (an empty stand-in, as the ledger's demo seed may add, does not).
  const records = (await signedRecords(store, { countyId: county._id }, month)).filter((r) => r.items.length > 0);
  const scores = proposals.map((p) => p.extras.inspectionScore).filter((x): x is number => typeof x === 'number');
  const meanScore = scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null;

  const found = await findAll(store, 'problems', { countyId: county._id, month });
  const all = await findAll(store, 'problems', { countyId: county._id });
  const open = all.filter((p) => p.status !== 'closed');
  const overdue = open.filter((p) => isOverdue(p, shanghaiDay(now)));
  const closedInMonth = all.filter((p) => p.status === 'closed' && p.closedAt && shanghaiDay(new Date(p.closedAt)).startsWith(month)).length;
  const flagged = all.filter((p) => (p.flags?.length ?? 0) > 0 && p.status !== 'closed').length;

  const confirmed = await confirmedGrades(store, county._id, month);
  const grades = proposals.map((p) => confirmed.get(p.person._id)?.grade ?? p.result.grade);
  const counts = GRADE_ORDER.map((g) => ({ label: GRADE_LABELS[g], count: grades.filter((x) => x === g).length }));
  const confirmedCount = proposals.filter((p) => confirmed.has(p.person._id)).length;

  const report: Omit<MonthlyReport, 'lines'> = {
    countyId: county._id,
    countyName: county.name,
    month,
    generatedAt: now.toISOString(),
    compliance: { villages: new Set(proposals.map((p) => p.village._id)).size, cadres: proposals.length, passed, failed: proposals.length - passed, unexcusedAbsences: absences },
    inspections: { signedRecords: records.length, villages: new Set(records.map((r) => r.villageId)).size, meanScore },
    problems: { found: found.length, closed: closedInMonth, open: open.length, overdue: overdue.length, flagged },
    grades: { counts, confirmed: confirmedCount, total: proposals.length },
  };
  const m = shortMonthLabel(month);
  const lines = [
    `驻村考勤：${report.compliance.villages}个村${report.compliance.cadres}名驻村干部，达标${passed}人，不达标${report.compliance.failed}人，无故缺勤共${absences}天。`,
    `督查：${m}三方签字的督查纪实表${records.length}份，涉及${report.inspections.villages}个村${meanScore !== null ? `，督查平均得分${meanScore}分` : ''}。`,
    `问题整改：${m}督查发现问题${found.length}个；${m}销号${closedInMonth}个；目前未销号${open.length}个，其中逾期${overdue.length}个，整改材料有雷同提示的${flagged}个。`,
    `考核等次：${counts.map((c) => `${c.label}${c.count}人`).join('，')}（已确认${confirmedCount}人，共${proposals.length}人）。`,
  ];
  return { ...report, lines };
}
