import type { DocTx } from './store/driver';

/**
 * A plausibility or integrity hint about a person's records, shown to their supervisors. Flags
 * never reject anything: a supervisor reads the Chinese explanation and clears it with a note.
 */
export type FlagKind =
  | 'impossible-travel'
  | 'repeated-coordinates'
  | 'batched-diary'
  | 'duplicate-diary'
  | 'synced-late'
  | 'constant-accuracy'
  | 'round-coordinates'
  | 'fuzzy-widened';

export interface FlagDoc {
  /** Deterministic: `${kind}:${personId}:${key}`, so raising the same finding twice keeps one flag. */
  _id: string;
  kind: FlagKind;
  personId: string;
  villageId: string;
  townshipId: string;
  countyId: string;
  /** The day the finding is about (Asia/Shanghai), for the cadre's month calendar. */
  day: string;
  month: string;
  /** Plain Chinese, for the supervisor: what was seen and why it is suspicious. */
  explanation: string;
  /** The records involved, e.g. two clock-in ids or the matching pair of diaries with their text. */
  evidence: Record<string, unknown>;
  status: 'open' | 'cleared';
  raisedAt: string;
  clearedAt: string | null;
  clearedBy: string | null;
  clearNote: string | null;
}

export type NewFlag = Omit<FlagDoc, '_id' | 'status' | 'raisedAt' | 'clearedAt' | 'clearedBy' | 'clearNote'> & { key: string };

/** Raises a flag once per (kind, person, key); an existing flag (open or cleared) is left as it is. */
export async function raiseFlag(store: DocTx, now: Date, flag: NewFlag): Promise<FlagDoc> {
  const { key, ...rest } = flag;
  const _id = `${flag.kind}:${flag.personId}:${key}`;
  const existing = await store.get('flags', _id);
  if (existing) return existing;
  const doc: FlagDoc = { _id, ...rest, status: 'open', raisedAt: now.toISOString(), clearedAt: null, clearedBy: null, clearNote: null };
  await store.put('flags', doc);
  return doc;
}
