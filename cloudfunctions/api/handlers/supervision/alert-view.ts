import { ALERT_KIND_LABELS, type AlertView } from '../../../../types/supervision';
import type { AlertDoc } from '../../../common/alerts';
import type { DocDriver } from '../../../common/store/driver';

/** The collections an alert names a document of. */
type NamedColl = 'villages' | 'townships' | 'people';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Alerts as the inbox shows them: with village, township and person names and age in days. */
export async function alertViews(store: DocDriver, alerts: AlertDoc[], now: Date): Promise<AlertView[]> {
  const refs = new Set<string>();
  for (const a of alerts) {
    if (a.villageId) refs.add(`villages/${a.villageId}`);
    if (a.townshipId) refs.add(`townships/${a.townshipId}`);
    if (a.personId) refs.add(`people/${a.personId}`);
    if (a.ackBy) refs.add(`people/${a.ackBy}`);
  }
  const keys = [...refs];
  const docs = await Promise.all(keys.map((k) => store.get(k.slice(0, k.indexOf('/')) as NamedColl, k.slice(k.indexOf('/') + 1))));
  const names = new Map(keys.map((k, i) => [k, docs[i]?.name ?? '']));
  const name = (coll: string, id: string | null) => (id ? names.get(`${coll}/${id}`) || null : null);
  return alerts.map((a) => ({
    id: a._id,
    kind: a.kind,
    kindLabel: ALERT_KIND_LABELS[a.kind],
    level: a.level,
    day: a.day,
    text: a.text,
    status: a.status,
    villageId: a.villageId,
    villageName: name('villages', a.villageId),
    townshipName: name('townships', a.townshipId),
    personId: a.personId,
    personName: name('people', a.personId),
    raisedAt: a.raisedAt,
    ageDays: Math.max(0, Math.floor((now.getTime() - Date.parse(a.raisedAt)) / DAY_MS)),
    escalatedAt: a.escalatedAt,
    ackAt: a.ackAt,
    ackByName: name('people', a.ackBy),
    ackNote: a.ackNote,
  }));
}

/** Township supervisors see their townships' alerts; the county admin the county's escalated ones. */
export function alertInScope(grants: { role: string; scopeLevel: string; scopeId: string }[], a: AlertDoc): boolean {
  return grants.some(
    (g) =>
      (g.role === 'township_supervisor' && g.scopeLevel === 'township' && g.scopeId === a.townshipId) ||
      (g.role === 'county_admin' && g.scopeLevel === 'county' && g.scopeId === a.countyId),
  );
}
