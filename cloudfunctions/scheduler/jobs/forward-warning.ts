import {
  dailyPeriod,
  isStationed,
  isWorkingKind,
  monthBounds,
  personMonthCompliance,
  presenceProjection,
  prevMonth,
  shanghaiDay,
  shanghaiMonth,
  shortMonthLabel,
  type MonthContext,
} from '../../../src/core';
import { ALERT_KIND_LABELS, type AlertKind } from '../../../types/supervision';
import { raiseAlert, type AlertDoc } from '../../common/alerts';
import { notify } from '../../common/delivery/messages';
import type { PersonDoc, VillageDoc } from '../../common/model';
import { monthContext } from '../../common/month';
import { findAll } from '../../common/store/driver';
import { Unfinished, type Job, type JobRun } from '../dispatch';
import { countyCadres, inBatches, PAGES, push, tellSupervisors } from './shared';

/** One new alert of a cadre: its kind, the cadre's title for it and the sentence. */
interface Finding {
  kind: AlertKind;
  title: string;
  sentence: string;
}

/** The cadre's notice leads with the gravest finding. */
const ORDER: AlertKind[] = ['cannot-reach', 'absence', 'diary', 'at-risk'];

/** One month to judge: its context, its name in sentences, and whether at-risk is warned. */
interface MonthToJudge {
  month: string;
  mctx: MonthContext;
  closed: boolean;
  word: string;
  atRisk: boolean;
}

type Cadre = Awaited<ReturnType<typeof countyCadres>>['records'][number];

/** A cadre of the county with their record in each month judged today (one or, on the 1st, two). */
interface CadreToJudge {
  person: PersonDoc;
  village: VillageDoc;
  months: { m: MonthToJudge; record: Cadre['record'] }[];
}

/** A cadre's findings in one month, as the dashboard judges it (days before today). */
function findings(r: JobRun, m: MonthToJudge, record: Cadre['record']): Finding[] {
  const posted = isStationed(record, r.today);
  const result = personMonthCompliance(record, m.mctx);
  const failed = (rule: string) => result.rules.find((x) => x.rule === rule && x.status === 'fail');
  const p = presenceProjection(record, m.mctx);
  const found: Finding[] = [];
  if (p.status === 'cannot-reach') {
    const sentence = m.closed ? `${m.word}驻村${p.presentDays}天，少于要求的${p.requiredDays}天` : p.sentence;
    found.push({ kind: 'cannot-reach', title: m.closed ? `${m.word}驻村天数未达标` : '本月驻村天数已无法达标', sentence });
  } else if (p.status === 'at-risk' && m.atRisk && posted) {
    found.push({ kind: 'at-risk', title: '本月驻村天数预警', sentence: p.sentence });
  }
  const absence = failed('absence');
  if (absence) found.push({ kind: 'absence', title: `${m.word}有无故缺勤`, sentence: `${m.closed ? m.word : ''}${absence.reason}` });
  const diary = failed('diary');
  if (diary) found.push({ kind: 'diary', title: `${m.word}工作日志未按时填写`, sentence: `${m.closed ? m.word : ''}${diary.reason}` });
  return found;
}

/** Whether an alert was first raised today (by this run, or by an earlier part of it cut short). */
const raisedToday = (r: JobRun, a: AlertDoc) => shanghaiDay(new Date(a.raisedAt)) === r.today;

/**
 * Judges one cadre in each month, raises an alert per finding (once per person, month and kind),
 * and tells the cadre, if posted today, in one message led by the gravest finding. Findings whose
 * alert was first raised today count as new, so a run cut short and resumed (or redone after a
 * crash) tells the same, once (messages are keyed per person, kind and day). Answers how many
 * alerts are new today.
 */
async function warnCadre(r: JobRun, c: CadreToJudge): Promise<number> {
  const fresh: Finding[] = [];
  let posted = false;
  for (const { m, record } of c.months) {
    posted ||= isStationed(record, r.today);
    for (const f of findings(r, m, record)) {
      const { alert } = await raiseAlert(r.store, r.now, {
        kind: f.kind,
        key: `${c.person._id}:${m.month}`,
        countyId: r.countyId,
        townshipId: c.village.townshipId,
        villageId: c.village._id,
        personId: c.person._id,
        day: r.today,
        text: `${c.village.name} ${c.person.name}：${f.sentence}`,
      });
      if (raisedToday(r, alert)) fresh.push(f);
    }
  }
  if (fresh.length === 0 || !posted) return fresh.length;
  fresh.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  await notify(r, r.rules, {
    personId: c.person._id,
    openid: c.person.openid,
    countyId: r.countyId,
    kind: 'forward-warning',
    title: fresh[0].title,
    body: fresh.map((f) => f.sentence).join('；'),
    page: PAGES.month,
  });
  return fresh.length;
}

/** Township → one line per cadre with alerts new today (kinds in ORDER), for the supervisors' summary. */
async function newTodayByTownship(r: JobRun, cadres: Map<string, CadreToJudge>): Promise<Map<string, string[]>> {
  const today = (await findAll(r.store, 'alerts', { countyId: r.countyId, day: r.today })).filter(
    (a) => ORDER.includes(a.kind) && raisedToday(r, a) && a.personId && cadres.has(a.personId),
  );
  const kinds = new Map<string, AlertKind[]>();
  for (const a of today) push(kinds, a.personId!, a.kind);
  const lines = new Map<string, string[]>();
  for (const [personId, ks] of [...kinds].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { person, village } = cadres.get(personId)!;
    const named = ORDER.filter((k) => ks.includes(k)).map((k) => ALERT_KIND_LABELS[k]);
    push(lines, village.townshipId, `${village.name}${person.name}（${named.join('、')}）`);
  }
  return lines;
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
    const months: MonthToJudge[] = [];
    if (r.today === monthBounds(month).first) {
      const last = prevMonth(month);
      const lastCtx = await monthContext(r.store, r.countyId, last, r.today, r.now);
      months.push({ month: last, mctx: lastCtx, closed: true, word: shortMonthLabel(last), atRisk: false });
    }
    months.push({ month, mctx, closed: false, word: '本月', atRisk: !!day && isWorkingKind(day.kind) });
    // Every cadre the dashboard counts in each month, with their village.
    const cadres = new Map<string, CadreToJudge>();
    for (const m of months) {
      const { records, villages } = await countyCadres(r, m.month);
      for (const { record, person } of records) {
        const village = villages.get(person.villageId ?? '');
        if (!village) continue;
        const c = cadres.get(person._id) ?? { person, village, months: [] };
        c.months.push({ m, record });
        cadres.set(person._id, c);
      }
    }
    let raised = 0;
    const done = await inBatches(
      r,
      [...cadres.values()],
      (c) => c.person._id,
      async (c) => {
        raised += await warnCadre(r, c);
      },
      (n) => `已判定${n}人，余下的下次接着判定`,
    );
    if (done instanceof Unfinished) return done;
    await tellSupervisors(r, await newTodayByTownship(r, cadres), 'at-risk-summary', (n) => `${n}名驻村干部有新的考核预警`);
    return `新预警${raised}条`;
  },
};
