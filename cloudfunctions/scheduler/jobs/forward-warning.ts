import {
  dailyPeriod,
  isStationed,
  isWorkingKind,
  monthBounds,
  personMonthCompliance,
  presenceProjection,
  prevMonth,
  shanghaiMonth,
  type MonthContext,
} from '../../../src/core';
import { ALERT_KIND_LABELS, type AlertKind } from '../../../types/supervision';
import { raiseAlert } from '../../common/alerts';
import { notify } from '../../common/delivery/messages';
import type { PersonDoc } from '../../common/model';
import { monthContext } from '../../common/month';
import type { Job, JobRun } from '../dispatch';
import { countyCadres, PAGES, push, tellSupervisors } from './shared';

/** One new alert of a cadre: its kind, the cadre's title for it and the sentence. */
interface Finding {
  kind: AlertKind;
  title: string;
  sentence: string;
}

/** The cadre's notice leads with the gravest finding. */
const ORDER: AlertKind[] = ['cannot-reach', 'absence', 'diary', 'at-risk'];

interface Tally {
  raised: number;
  /** Township → lines for its supervisors' summary. */
  lines: Map<string, string[]>;
  /** Cadres posted today → their new findings. */
  told: Map<string, { person: PersonDoc; findings: Finding[] }>;
}

/**
 * One month's verdicts, as the dashboard computes them (days before today are judged): a cadre who
 * can no longer reach the presence requirement, or whose unexcused absences or diary defects fail
 * the month, raises one alert per person, month and kind. `atRisk`: also warn cadres posted today
 * whose projection is at risk (working days of the running month only).
 */
async function judgeMonth(r: JobRun, mctx: MonthContext, month: string, atRisk: boolean, tally: Tally) {
  const closed = r.today > monthBounds(month).last;
  const monthWord = closed ? `${Number(month.slice(5, 7))}月` : '本月';
  const { records, villages } = await countyCadres(r, month); // every cadre the dashboard counts for the month
  for (const { record, person } of records) {
    const village = villages.get(person.villageId ?? '');
    if (!village) continue;
    const posted = isStationed(record, r.today);
    const result = personMonthCompliance(record, mctx);
    const failed = (rule: string) => result.rules.find((x) => x.rule === rule && x.status === 'fail');
    const p = presenceProjection(record, mctx);
    const found: Finding[] = [];
    if (p.status === 'cannot-reach') {
      const sentence = closed ? `${monthWord}驻村${p.presentDays}天，少于要求的${p.requiredDays}天` : p.sentence;
      found.push({ kind: 'cannot-reach', title: closed ? `${monthWord}驻村天数未达标` : '本月驻村天数已无法达标', sentence });
    } else if (p.status === 'at-risk' && atRisk && posted) {
      found.push({ kind: 'at-risk', title: '本月驻村天数预警', sentence: p.sentence });
    }
    const absence = failed('absence');
    if (absence) found.push({ kind: 'absence', title: `${monthWord}有无故缺勤`, sentence: `${closed ? monthWord : ''}${absence.reason}` });
    const diary = failed('diary');
    if (diary) found.push({ kind: 'diary', title: `${monthWord}工作日志未按时填写`, sentence: `${closed ? monthWord : ''}${diary.reason}` });
    const fresh: Finding[] = [];
    for (const f of found) {
      const { created } = await raiseAlert(r.store, r.now, {
        kind: f.kind,
        key: `${person._id}:${month}`,
        countyId: r.countyId,
        townshipId: village.townshipId,
        villageId: village._id,
        personId: person._id,
        day: r.today,
        text: `${village.name} ${person.name}：${f.sentence}`,
      });
      if (created) fresh.push(f);
    }
    if (fresh.length === 0) continue;
    tally.raised += fresh.length;
    push(tally.lines, village.townshipId, `${village.name}${person.name}（${fresh.map((f) => ALERT_KIND_LABELS[f.kind]).join('、')}）`);
    if (!posted) continue;
    const told = tally.told.get(person._id);
    if (told) told.findings.push(...fresh);
    else tally.told.set(person._id, { person, findings: fresh });
  }
}

/**
 * Daily at rules.schedule.forwardWarning. The month's failing verdicts, judged over the days before
 * today exactly as the dashboard judges them, raise an alert for the township supervisor the same
 * morning they turn red, weekends included: 'cannot-reach' (the presence requirement can no longer
 * be met), 'absence' (unexcused absences beyond the allowed), 'diary' (diary defects beyond the
 * allowed). On working days a cadre whose projection is at risk is warned too ('at-risk'). On the
 * 1st, last month is judged in full first (its last day is over only now). Once per person, month
 * and kind, so a worsening raises a new one; the cadres posted today get one message with theirs.
 */
export const forwardWarning: Job = {
  name: 'forward-warning',
  due: (now, rules) => dailyPeriod(now, rules.schedule.forwardWarning),
  async run(r) {
    const month = shanghaiMonth(r.now);
    const mctx = await monthContext(r.store, r.countyId, month, r.today, r.now); // CALENDAR_UNKNOWN → skipped, nothing written
    const day = mctx.calendar.days.find((d) => d.date === r.today);
    const tally: Tally = { raised: 0, lines: new Map(), told: new Map() };
    if (r.today === monthBounds(month).first) {
      const last = prevMonth(month);
      await judgeMonth(r, await monthContext(r.store, r.countyId, last, r.today, r.now), last, false, tally);
    }
    await judgeMonth(r, mctx, month, !!day && isWorkingKind(day.kind), tally);
    for (const { person, findings } of tally.told.values()) {
      findings.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
      await notify(r, r.rules, {
        personId: person._id,
        openid: person.openid,
        countyId: r.countyId,
        kind: 'forward-warning',
        title: findings[0].title,
        body: findings.map((f) => f.sentence).join('；'),
        page: PAGES.month,
      });
    }
    await tellSupervisors(r, tally.lines, 'at-risk-summary', (n) => `${n}名驻村干部有新的考核预警`);
    return `新预警${tally.raised}条`;
  },
};
