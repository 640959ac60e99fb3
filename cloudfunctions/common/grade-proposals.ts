import {
  GRADE_LABELS,
  gradeCadre,
  gradeInputFromCompliance,
  gradeYear,
  shanghaiDay,
  shanghaiMonth,
  villageMonthCompliance,
  type Grade,
  type GradeResult,
  type PersonMonthResult,
} from '../../src/core';
import { ROLE_LABELS } from '../../types';
import type { GradeReviewRow } from '../../types/grades';
import { villageGradingExtras, type GradingExtras } from './grading-inputs';
import { monthLastDay, overdueRectifications } from './inspection-score';
import type { PersonDoc, VillageDoc } from './model';
import { cadreMonthRecords, monthContext } from './month';
import { countyTownships, countyUnits, countyVillages } from './org';
import { findAll, type DocDriver } from './store/driver';

/** A confirmed grade (`grades`, `<personId>:<period>`): a month or, for 年度, the year. */
export interface GradeDoc {
  _id: string;
  personId: string;
  villageId: string | null;
  countyId: string;
  /** 'YYYY-MM' or 'YYYY'. */
  month: string;
  grade: Grade;
  proposed: Grade | null;
  by: string;
  at: string;
  note: string | null;
}

/** The confirmed grades of a county for a month or a year, by personId. */
export async function confirmedGrades(store: DocDriver, countyId: string, period: string): Promise<Map<string, GradeDoc>> {
  return new Map((await findAll(store, 'grades', { countyId, month: period })).map((g) => [g.personId, g]));
}

/** A cadre's proposed grade for a month, with what it was made of. */
export interface MonthProposal {
  person: PersonDoc;
  village: VillageDoc;
  compliance: PersonMonthResult;
  extras: GradingExtras;
  result: GradeResult;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** Every cadre's proposed grade for a month in the given villages of a county (one compliance pass per village). */
export async function monthProposals(store: DocDriver, countyId: string, villages: VillageDoc[], month: string, now: Date): Promise<MonthProposal[]> {
  if (villages.length === 0) return [];
  const mctx = await monthContext(store, countyId, month, shanghaiDay(now), now);
  const records = await cadreMonthRecords(store, countyId, villages.map((v) => v._id), month);
  const out: MonthProposal[] = [];
  for (const village of villages) {
    const mine = records.filter((r) => r.person.villageId === village._id);
    if (mine.length === 0) continue;
    const result = villageMonthCompliance({ villageId: village._id, members: mine.map((r) => r.record) }, mctx);
    const extras = await villageGradingExtras(store, { village, month, rules: mctx.config }, result.persons.map((p) => p.personId));
    for (const p of result.persons) {
      const person = mine.find((r) => r.person._id === p.personId)!.person;
      const e = extras.get(p.personId) ?? {};
      out.push({ person, village, compliance: p, extras: e, result: gradeCadre(gradeInputFromCompliance(p, result.coverage, e), mctx.config) });
    }
  }
  return out;
}

/** The finished months of a year (all twelve for a past year; those before the current month for this year). */
export function finishedMonths(year: string, now: Date): string[] {
  const current = shanghaiMonth(now);
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).filter((m) => m < current);
}

/** Whether a period (month or year) is over, so its grade may be confirmed. */
export function periodOver(period: string, now: Date): boolean {
  const current = shanghaiMonth(now);
  return period.length === 4 ? period < current.slice(0, 4) : period < current;
}

function monthComponents(p: MonthProposal, openCount: number): GradeReviewRow['components'] {
  const c = p.compliance;
  const firstSecretary = c.role === 'first_secretary';
  const failing = c.rules.filter((r) => r.status === 'fail').map((r) => r.reason);
  const survey = p.extras.survey;
  const overdue = p.extras.overdueRectifications ?? 0;
  return [
    {
      key: 'compliance',
      label: '驻村考勤',
      value: `${c.requiredDays !== null ? `驻村${c.presentDays}/${c.requiredDays}天，` : ''}无故缺勤${c.unexcusedAbsences.length}天，日志按时${c.diary.onTimeDays.length}/${c.diary.requiredDays.length}天`,
      reason: failing.length ? failing.join('；') : '本月各项考勤要求均已达到',
    },
    {
      key: 'survey',
      label: '群众评价',
      value: survey ? [survey.awarenessRate !== null && survey.awarenessRate !== undefined ? `知晓率${pct(survey.awarenessRate)}` : '', survey.satisfactionRate !== null && survey.satisfactionRate !== undefined ? `满意率${pct(survey.satisfactionRate)}` : ''].filter(Boolean).join('，') : '无',
      reason: survey ? '本村本月问卷调查结果' : '本月没有问卷结果或答卷太少，不计分',
    },
    {
      key: 'inspection',
      label: '督查得分',
      value: p.extras.inspectionScore !== null && p.extras.inspectionScore !== undefined ? `${p.extras.inspectionScore}分` : '无',
      reason:
        p.extras.inspectionScore !== null && p.extras.inspectionScore !== undefined
          ? `本月已签字的督查纪实表中${firstSecretary ? '工作队和第一书记各项' : '工作队各项'}答“是”的比例`
          : '本月没有三方签字的督查纪实表，不计分',
    },
    {
      key: 'rectification',
      label: '整改',
      value: `未销号${openCount}项，其中逾期${overdue}项`,
      reason: overdue > 0 ? '时限已过、月底仍未销号的问题，不能评为优秀' : '没有逾期未销号的整改问题',
    },
  ];
}

/** The county's villages, townships and units by id. */
export async function countyNames(store: DocDriver, countyId: string) {
  const [villages, townships, units] = await Promise.all([countyVillages(store, countyId), countyTownships(store, countyId), countyUnits(store, countyId)]);
  return {
    villages,
    township: new Map(townships.map((t) => [t._id, t.name])),
    unit: new Map(units.map((u) => [u._id, u.name])),
  };
}

/** Problems of each village not yet 销号 (now). */
async function openCounts(store: DocDriver, countyId: string): Promise<Map<string, number>> {
  const open = await findAll(store, 'problems', { countyId, status: { $in: ['open', 'submitted', 'returned'] } });
  const m = new Map<string, number>();
  for (const p of open) m.set(p.villageId, (m.get(p.villageId) ?? 0) + 1);
  return m;
}

/** The review rows of a county for a month or a year (without confirmations). */
export async function proposalRows(store: DocDriver, countyId: string, period: string, now: Date): Promise<Omit<GradeReviewRow, 'confirmed'>[]> {
  const names = await countyNames(store, countyId);
  const open = await openCounts(store, countyId);
  const base = (person: PersonDoc, village: VillageDoc, role: string) => ({
    personId: person._id,
    name: person.name,
    roleLabel: role,
    villageId: village._id,
    villageName: village.name,
    townshipName: names.township.get(village.townshipId) ?? '',
    unitName: person.unitId ? (names.unit.get(person.unitId) ?? null) : null,
  });
  if (period.length === 7) {
    const proposals = await monthProposals(store, countyId, names.villages, period, now);
    return proposals.map((p) => ({
      ...base(p.person, p.village, ROLE_LABELS[p.compliance.role]),
      proposed: p.result.grade,
      label: p.result.label,
      score: p.result.score,
      components: monthComponents(p, open.get(p.village._id) ?? 0),
      explanation: p.result.explanation,
    }));
  }
  const months = finishedMonths(period, now);
  const byPerson = new Map<string, MonthProposal[]>();
  for (const m of months) for (const p of await monthProposals(store, countyId, names.villages, m, now)) byPerson.set(p.person._id, [...(byPerson.get(p.person._id) ?? []), p]);
  const rows: Omit<GradeReviewRow, 'confirmed'>[] = [];
  for (const list of byPerson.values()) {
    const last = list[list.length - 1];
    const overdue = await overdueRectifications(store, last.village._id, monthLastDay(months[months.length - 1]));
    const result = gradeYear(list.map((p) => ({ month: p.compliance.month, result: p.result, unexcusedAbsences: p.compliance.unexcusedAbsences.length })), overdue);
    const inspected = list.filter((p) => typeof p.extras.inspectionScore === 'number');
    const absences = list.reduce((s, p) => s + p.compliance.unexcusedAbsences.length, 0);
    rows.push({
      ...base(last.person, last.village, ROLE_LABELS[last.compliance.role]),
      proposed: result.grade,
      label: GRADE_LABELS[result.grade],
      score: result.score,
      components: [
        { key: 'compliance', label: '驻村考勤', value: `${list.length}个月中达标${list.filter((p) => p.compliance.pass).length}个月，无故缺勤${absences}天`, reason: '各月考勤结果' },
        { key: 'survey', label: '群众评价', value: `${list.filter((p) => p.extras.survey).length}个月有问卷结果`, reason: '已计入各月得分' },
        {
          key: 'inspection',
          label: '督查得分',
          value: inspected.length ? `${inspected.length}次，平均${Math.round((inspected.reduce((s, p) => s + (p.extras.inspectionScore as number), 0) / inspected.length) * 10) / 10}分` : '无',
          reason: inspected.length ? '已计入各月得分' : '全年没有三方签字的督查纪实表',
        },
        { key: 'rectification', label: '整改', value: `未销号${open.get(last.village._id) ?? 0}项，年末逾期${overdue}项`, reason: overdue > 0 ? '逾期未销号，不能评为优秀' : '没有逾期未销号的整改问题' },
      ],
      explanation: result.explanation,
    });
  }
  return rows;
}
