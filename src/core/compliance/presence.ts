import type { Day } from '../time';
import { creditedDays, daysInMonth, isClosed, personWorkingDays, presenceApplies } from './days';
import { diaryCompliance, diaryRule } from './diary';
import { dayList, stationingNote } from './format';
import { presenceProjection, type PresenceProjection } from './projection';
import { requiredPresenceDays } from './required';
import type { MonthContext, PersonMonthRecord, PersonMonthResult, RuleResult } from './types';

/**
 * Working days before today, within the cadre's stationing, with no clock-in, field
 * work, official business or approved leave. Today is never an absence: the day is not over.
 */
export function unexcusedAbsences(person: PersonMonthRecord, ctx: MonthContext, working: readonly Day[] = personWorkingDays(person, ctx.calendar)): Day[] {
  // Only looked up for the month's working days, so days of other months may stay in the set.
  const excused = new Set([...person.presentDays, ...person.fieldDays, ...person.officialDays, ...person.leaveDays]);
  return working.filter((d) => d < ctx.today && !excused.has(d));
}

function presenceRule(person: PersonMonthRecord, ctx: MonthContext, closed: boolean, wd: number, known?: PresenceProjection): RuleResult {
  if (!presenceApplies(person, ctx.config)) {
    return { rule: 'presence', status: 'not-applicable', reason: '该角色不考核驻村天数' };
  }
  const p = known ?? presenceProjection(person, ctx);
  const note = stationingNote(person, ctx.calendar);
  const head = note ? `本月驻村期间${note}工作日${wd}天，` : `本月工作日${wd}天，`;
  if (p.status === 'done') {
    return { rule: 'presence', status: 'pass', reason: `${head}驻村${p.presentDays}天，达到要求的${p.requiredDays}天` };
  }
  if (closed) {
    return { rule: 'presence', status: 'fail', reason: `${head}驻村${p.presentDays}天，少于要求的${p.requiredDays}天` };
  }
  if (p.status === 'cannot-reach') {
    return { rule: 'presence', status: 'fail', reason: `${head}已驻村${p.presentDays}天，要求${p.requiredDays}天，${p.sentence}` };
  }
  return { rule: 'presence', status: 'pending', reason: `${head}已驻村${p.presentDays}天，要求${p.requiredDays}天，${p.sentence}` };
}

function absenceRule(absences: readonly Day[], ctx: MonthContext, closed: boolean): RuleResult {
  const allowed = ctx.config.presence.allowedUnexcusedAbsences;
  const n = absences.length;
  if (n > allowed) return { rule: 'absence', status: 'fail', reason: `无故缺勤${n}天（${dayList(absences)}）` };
  const reason = n === 0 ? '没有无故缺勤' : `无故缺勤${n}天（${dayList(absences)}），在允许的${allowed}天以内`;
  return { rule: 'absence', status: closed ? 'pass' : 'pending', reason };
}

/**
 * A cadre's month: required and credited presence, unexcused absences, diary
 * defects, and the verdict of each rule with a Chinese reason. A rule that can no
 * longer be met fails at once; one that can still go either way is 'pending'. A caller that has the
 * cadre's presenceProjection for this context already may pass it (it is not computed again).
 */
export function personMonthCompliance(person: PersonMonthRecord, ctx: MonthContext, projection?: PresenceProjection): PersonMonthResult {
  const closed = isClosed(ctx);
  const working = personWorkingDays(person, ctx.calendar);
  const credited = creditedDays(person, ctx);
  const absences = unexcusedAbsences(person, ctx, working);
  const diary = diaryCompliance(person, ctx);
  const rules = [presenceRule(person, ctx, closed, working.length, projection), absenceRule(absences, ctx, closed), diaryRule(diary, ctx, closed)];
  return {
    personId: person.personId,
    name: person.name,
    role: person.role,
    month: ctx.calendar.month,
    closed,
    workingDays: working.length,
    workingDaysElapsed: working.filter((d) => d < ctx.today).length,
    requiredDays: presenceApplies(person, ctx.config) ? requiredPresenceDays(working.length, ctx.config) : null,
    presentDays: credited.length,
    creditedDays: credited,
    unexcusedAbsences: absences,
    leaveDays: daysInMonth(person.leaveDays, ctx.calendar),
    diary,
    rules,
    pass: rules.every((r) => r.status !== 'fail'),
  };
}
