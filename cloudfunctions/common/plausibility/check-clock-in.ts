import { dayStart, nextMonth, plausibilityFindings, prevMonth, type ClockRecord, type RuleConfig } from '../../../src/core';
import { raiseFlag, type FlagDoc } from '../flags';
import { countyRules } from '../month';
import type { ClockInDoc } from '../clockin-doc';
import type { DocDriver, DocTx } from '../store/driver';

/**
 * At most this many of the person's recent clock-ins (this month and the last) are read: a
 * cadre clocks in once or twice a day, so this covers the window with room to spare, and a
 * check never reads more than one person's records.
 */
export const RECENT_LIMIT = 200;

export function toClockRecord(d: ClockInDoc): ClockRecord {
  return {
    id: d._id,
    at: d.at,
    receivedAt: d.receivedAt ?? d.at,
    day: d.day,
    lat: d.lat,
    lng: d.lng,
    accuracyM: d.accuracyM,
    fuzzy: d.fuzzy === true,
    syncedLater: d.syncedLater === true,
    fuzzyWidening: d.fuzzyWidening ?? null,
  };
}

/** The instant a Shanghai month begins, as stored clock-in times are written (ISO, UTC). */
const monthStartIso = (month: string) => dayStart(`${month}-01`).toISOString();

/**
 * The person's recent clock-ins (this month and the last, newest first, at most RECENT_LIMIT),
 * read before the clock-in's transaction. A range on `at` (a clock-in's month is its time's) read
 * through the (personId, at) index from the newest down: the read stops after RECENT_LIMIT
 * records however many the person has, on SQLite and on CloudBase.
 */
export async function recentClockIns(store: DocDriver, personId: string, month: string): Promise<ClockInDoc[]> {
  return store.find(
    'clockins',
    { personId, at: { $gte: monthStartIso(prevMonth(month)), $lt: monthStartIso(nextMonth(month)) } },
    { orderBy: [{ field: 'at', dir: 'desc' }], limit: RECENT_LIMIT },
  );
}

/**
 * Runs the plausibility rules on one clock-in (being written in `tx`) against the same person's
 * recent records (read before the transaction: `recentClockIns`) and raises a flag per finding
 * (once: flags are keyed), in the same transaction. A hint never rejects the clock-in: a rule
 * that fails is logged and the clock-in stands; the flag writes themselves are the transaction's.
 */
export async function flagClockIn(tx: DocTx, now: Date, rules: RuleConfig, doc: ClockInDoc, recent: readonly ClockInDoc[]): Promise<FlagDoc[]> {
  let findings: ReturnType<typeof plausibilityFindings>;
  try {
    // The history as the query after the write would read it: this clock-in among the others, newest first.
    const history = [doc, ...recent.filter((r) => r._id !== doc._id)].sort((a, b) =>
      a.at === b.at ? (a._id < b._id ? -1 : 1) : a.at < b.at ? 1 : -1,
    );
    findings = plausibilityFindings(toClockRecord(doc), history.map(toClockRecord), rules.plausibility);
  } catch (e) {
    console.error('plausibility check failed; the clock-in stands', doc._id, e);
    return [];
  }
  const raised: FlagDoc[] = [];
  for (const f of findings) {
    raised.push(
      await raiseFlag(tx, now, {
        kind: f.kind,
        // Record ids start with the person's id, already part of the flag id: keep ids short.
        key: f.key.split(`${doc.personId}:`).join(''),
        personId: doc.personId,
        villageId: doc.villageId,
        townshipId: doc.townshipId,
        countyId: doc.countyId,
        day: f.day,
        month: f.day.slice(0, 7),
        explanation: f.explanation,
        evidence: f.evidence,
      }),
    );
  }
  return raised;
}

/**
 * The same check on a clock-in already stored (the demo seed): reads it and the recent ones,
 * then raises the flags in a transaction of their own. Never throws: problems are logged.
 */
export async function checkClockIn(store: DocDriver, now: Date, clockInId: string): Promise<FlagDoc[]> {
  try {
    const doc = await store.get('clockins', clockInId);
    if (!doc) return [];
    const [rules, recent] = await Promise.all([countyRules(store, doc.countyId), recentClockIns(store, doc.personId, doc.month)]);
    return await store.transaction((tx) => flagClockIn(tx, now, rules, doc, recent));
  } catch (e) {
    console.error('plausibility check failed; the clock-in stands', clockInId, e);
    return [];
  }
}
