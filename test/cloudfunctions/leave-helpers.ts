import { seeded } from './harness';

export type Stack = Awaited<ReturnType<typeof seeded>>;

export const FS = 'psn_430121_P0101';
/** Shanghai 10:00 on the day, as a server clock. */
export const at = (day: string) => new Date(`${day}T02:00:00Z`);

let n = 0;
export const rid = () => `leave-req-${String((n += 1)).padStart(6, '0')}`;

/** Applies for leave as the first secretary of V001 and answers the envelope. */
export function apply(s: Stack, patch: Record<string, unknown> = {}, openid = 'demo-fs', now?: Date) {
  return s.call(openid, 'leave.apply', { type: 'personal', from: '2026-11-23', to: '2026-11-24', reason: '家中有事', clientRequestId: rid(), ...patch }, now);
}

/** The id of a leave applied for, or throws. */
export async function applied(s: Stack, patch: Record<string, unknown> = {}, openid = 'demo-fs'): Promise<string> {
  const r = await apply(s, patch, openid);
  if (!r.ok) throw new Error(r.error.message);
  return r.data.id as string;
}

/** Binds a demo openid to another roster person (e.g. the supervisor of township T02). */
export async function bind(s: Stack, code: string, openid: string) {
  await s.store.update('people', `psn_430121_${code}`, { openid });
}

/** The person's month rollup fields, or empty lists. */
export async function rollup(s: Stack, month: string, personId = FS) {
  const d = await s.store.get('person_months', `${personId}:${month}`);
  return { leaveDays: d?.leaveDays ?? [], officialDays: d?.officialDays ?? [], presentDays: d?.presentDays ?? [] };
}

/** An in-village (or far away) clock-in of the first secretary at the given time. */
export async function clockIn(s: Stack, now: Date, far = false, openid = 'demo-fs') {
  const v = await s.store.get('villages', 'vil_430121_V001');
  const f = v!.fence[0];
  return s.call(openid, 'attendance.clockIn', { lat: f.lat + (far ? 0.05 : 0), lng: f.lng, accuracyM: 20, clientRequestId: rid() }, now);
}
