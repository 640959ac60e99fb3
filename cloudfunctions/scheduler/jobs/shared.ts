import { isStationed, type Day } from '../../../src/core';
import type { MessageKind } from '../../../types/supervision';
import { notify } from '../../common/delivery/messages';
import { countyAdmins, townshipSupervisors } from '../../common/delivery/recipients';
import { cadreMonthRecords } from '../../common/month';
import { countyVillages } from '../../common/org';
import { Unfinished, type JobRun } from '../dispatch';

export const PAGES = {
  cadreHome: '/pages/cadre/index',
  diary: '/packages/diary/pages/index/index',
  month: '/packages/presence/pages/month/index',
  alerts: '/packages/supervisor/pages/alerts/index',
  villages: '/packages/supervisor/pages/villages/index',
  settings: '/packages/supervisor/pages/settings/index',
} as const;

/**
 * Every cadre of the county stationed during the month (or, given `onDay`, on that day) with their
 * month rollup (one document each) and village.
 */
export async function countyCadres(r: JobRun, month: string, onDay?: Day) {
  const villages = await countyVillages(r.store, r.countyId);
  const byId = new Map(villages.map((v) => [v._id, v]));
  const all = villages.length ? await cadreMonthRecords(r.store, r.countyId, villages.map((v) => v._id), month) : [];
  return { villages: byId, records: onDay ? all.filter((c) => isStationed(c.record, onDay)) : all };
}

/** One summary message per supervisor of each township that has findings. */
export async function tellSupervisors(
  r: JobRun,
  findings: Map<string, string[]>,
  kind: MessageKind,
  title: (n: number) => string,
): Promise<number> {
  let sent = 0;
  for (const [townshipId, lines] of findings) {
    if (lines.length === 0) continue;
    for (const personId of await townshipSupervisors(r.store, r.countyId, townshipId)) {
      const s = await notify(r, r.rules, { personId, countyId: r.countyId, kind, title: title(lines.length), body: lines.join('；'), page: PAGES.alerts });
      if (s !== 'duplicate') sent += 1;
    }
  }
  return sent;
}

/** One message to each county admin. */
export async function tellCounty(r: JobRun, kind: MessageKind, title: string, body: string, page: string): Promise<number> {
  let sent = 0;
  for (const personId of await countyAdmins(r.store, r.countyId)) {
    if ((await notify(r, r.rules, { personId, countyId: r.countyId, kind, title, body, page })) !== 'duplicate') sent += 1;
  }
  return sent;
}

/** Appends to the list kept under a key. */
export function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Items handled at once by `inBatches` (messages and alerts are independent writes). */
export const BATCH = 20;

/**
 * Runs `fn` over the items in the order of `keyOf`, BATCH at a time, from after `r.resume`
 * (where a run cut short got to). Between batches, when the trigger's time is up, answers
 * Unfinished with the last key done, so the next trigger goes on from there: every item once,
 * none skipped (each write is keyed too, so an item redone after a crash is not doubled).
 */
export async function inBatches<T>(
  r: JobRun,
  items: T[],
  keyOf: (item: T) => string,
  fn: (item: T) => Promise<void>,
  note: (done: number) => string,
): Promise<Unfinished | number> {
  const todo = [...items].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0)).filter((x) => r.resume === null || keyOf(x) > r.resume);
  let done = 0;
  for (let i = 0; i < todo.length; i += BATCH) {
    if (i > 0 && r.timeLeft() <= 0) return new Unfinished(keyOf(todo[i - 1]), note(done));
    const batch = todo.slice(i, i + BATCH);
    await Promise.all(batch.map(fn));
    done += batch.length;
  }
  return done;
}

/**
 * One reminder of a kind to each of these cadres, BATCH at a time and resumable (see `inBatches`): answers how many
 * were told, or where a run cut short got to.
 */
export async function remindCadres(
  r: JobRun,
  due: Awaited<ReturnType<typeof countyCadres>>['records'],
  notice: { kind: MessageKind; title: string; body: string; page: string },
): Promise<Unfinished | string> {
  let sent = 0;
  const result = await inBatches(
    r,
    due,
    ({ record }) => record.personId,
    async ({ record, person }) => {
      const s = await notify(r, r.rules, { personId: record.personId, openid: person.openid, countyId: r.countyId, ...notice });
      if (s !== 'duplicate') sent += 1;
    },
    () => `已提醒${sent}人，余下的下次接着提醒`,
  );
  return typeof result === 'number' ? `提醒${sent}人` : result;
}
