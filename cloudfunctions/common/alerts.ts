import type { AlertKind } from '../../types/supervision';
import type { DocDriver } from './store/driver';

/**
 * An alert for supervisors, raised by the scheduler: a township supervisor sees their township's,
 * and an alert left unacknowledged for rules.schedule.escalationDays goes up to the county
 * (level 'county', escalatedAt set). Acknowledged with an optional note (audited).
 */
export interface AlertDoc {
  _id: string;
  kind: AlertKind;
  level: 'township' | 'county';
  countyId: string;
  townshipId: string | null;
  villageId: string | null;
  personId: string | null;
  /** The Shanghai day the finding is about. */
  day: string;
  /** Plain Chinese, for the supervisor. */
  text: string;
  status: 'open' | 'acknowledged';
  raisedAt: string;
  ackAt: string | null;
  ackBy: string | null;
  ackNote: string | null;
  escalatedAt: string | null;
}

export type NewAlert = Pick<AlertDoc, 'kind' | 'countyId' | 'townshipId' | 'villageId' | 'personId' | 'day' | 'text'> & {
  /** What makes the finding unique within its kind (e.g. person and month, village and day). */
  key: string;
  level?: AlertDoc['level'];
};

export const alertId = (kind: AlertKind, key: string) => `${kind}:${key}`;

/**
 * Raises an alert once per (kind, key): raising the same finding again (a second run, a retry)
 * keeps the first alert whatever its status. `created` says whether it is new.
 */
export async function raiseAlert(store: DocDriver, now: Date, alert: NewAlert): Promise<{ alert: AlertDoc; created: boolean }> {
  const { key, level, ...rest } = alert;
  const _id = alertId(alert.kind, key);
  const existing = await store.get('alerts', _id);
  if (existing) return { alert: existing, created: false };
  const doc: AlertDoc = {
    _id,
    ...rest,
    level: level ?? 'township',
    status: 'open',
    raisedAt: now.toISOString(),
    ackAt: null,
    ackBy: null,
    ackNote: null,
    escalatedAt: null,
  };
  await store.put('alerts', doc);
  return { alert: doc, created: true };
}
