import type { InspectionFacts } from '../../../types/inspection';

/** The system's facts as lines a person reads (the page, the print view and the export say the same). */
export interface FactLine {
  key: string;
  label: string;
  text: string;
}

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);
const days = (list: string[]) => list.map((d) => Number(d.slice(8))).join('、');

export function factLines(f: InspectionFacts): FactLine[] {
  const out: FactLine[] = [];
  if (f.calendarPending) {
    out.push({ key: 'calendar', label: '驻村天数', text: `${f.month.slice(0, 4)}年节假日安排还没录入，应驻村天数等录入后再算。` });
  }
  for (const c of f.cadres) {
    const presence =
      c.requiredDays === null ? `在村${c.presentDays}天（${c.presenceReason || '不考核驻村天数'}）` : c.presenceReason || `在村${c.presentDays}天，应驻村${c.requiredDays}天`;
    const parts = [
      presence,
      `请假${c.leaveDays.length}天${c.leaveDays.length ? `（${days(c.leaveDays)}日）` : ''}`,
      `无故缺勤${c.unexcusedAbsences.length}天${c.unexcusedAbsences.length ? `（${days(c.unexcusedAbsences)}日）` : ''}`,
      `工作日志应写${c.diary.requiredDays}篇，按时${c.diary.onTimeDays}篇，补写${c.diary.lateDays.length}篇，缺${c.diary.missingDays.length}篇`,
    ];
    out.push({ key: `cadre:${c.personId}`, label: `${c.roleLabel} ${c.name}`, text: parts.join('；') });
  }
  if (f.coverage) {
    const gaps = f.coverage.gapDays.length ? `，无人在村${f.coverage.gapDays.length}天（${days(f.coverage.gapDays)}日）` : '，每天有人在村';
    out.push({ key: 'coverage', label: '工作队每天有人在村', text: `已统计${f.coverage.judgedDays}天，有人在村${f.coverage.coveredDays}天${gaps}` });
  }
  if (f.survey) {
    const s = f.survey;
    const rates = s.withheld ? '答卷太少，暂不显示满意率' : `满意率${pct(s.satisfiedRate)}，不满意率${pct(s.dissatisfiedRate)}`;
    out.push({ key: 'survey', label: '群众问卷', text: `“${s.title}”（${s.from}至${s.to}）本村答卷${s.visited}份，${rates}` });
  }
  return out;
}
