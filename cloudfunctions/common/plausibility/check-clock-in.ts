import { plausibilityFindings, prevMonth, type ClockRecord } from '../../../src/core';
import { raiseFlag, type FlagDoc } from '../flags';
import { countyRules } from '../month';
import type { Doc, DocDriver } from '../store/driver';

/**
 * At most this many of the person's recent clock-ins (this month and the last) are read: a
 * cadre clocks in once or twice a day, so this covers the window with room to spare, and a
 * check never reads more than one person's records.
 */
export const RECENT_LIMIT = 200;

export function toClockRecord(d: Doc): ClockRecord {
  return {
    id: d._id,
    at: String(d.at),
    receivedAt: String(d.receivedAt ?? d.at),
    day: String(d.day),
    lat: Number(d.lat),
    lng: Number(d.lng),
    accuracyM: Number(d.accuracyM),
    fuzzy: d.fuzzy === true,
    syncedLater: d.syncedLater === true,
    fuzzyWidening: (d.fuzzyWidening as ClockRecord['fuzzyWidening']) ?? null,
  };
}

/**
 * Runs the plausibility rules on one stored clock-in against the same person's recent records
 * and raises a flag per finding (once: flags are keyed). A hint never rejects the clock-in, so
 * nothing here may fail it: problems are logged and the clock-in stands.
 */
export async function checkClockIn(store: DocDriver, now: Date, clockInId: string): Promise<FlagDoc[]> {
  try {
    const doc = await store.get('clockins', clockInId);
    if (!doc) return [];
    const month = String(doc.month);
    const [rules, recent] = await Promise.all([
      countyRules(store, String(doc.countyId)),
      store.find(
        'clockins',
        { personId: String(doc.personId), month: { $in: [month, prevMonth(month)] } },
        { orderBy: [{ field: 'at', dir: 'desc' }], limit: RECENT_LIMIT },
      ),
    ]);
    const findings = plausibilityFindings(toClockRecord(doc), recent.map(toClockRecord), rules.plausibility);
    const raised: FlagDoc[] = [];
    for (const f of findings) {
      raised.push(
        await raiseFlag(store, now, {
          kind: f.kind,
          // Record ids start with the person's id, already part of the flag id: keep ids short.
          key: f.key.split(`${String(doc.personId)}:`).join(''),
          personId: String(doc.personId),
          villageId: String(doc.villageId),
          townshipId: String(doc.townshipId),
          countyId: String(doc.countyId),
          day: f.day,
          month: f.day.slice(0, 7),
          explanation: f.explanation,
          evidence: f.evidence,
        }),
      );
    }
    return raised;
  } catch (e) {
    console.error('plausibility check failed; the clock-in stands', clockInId, e);
    return [];
  }
}
