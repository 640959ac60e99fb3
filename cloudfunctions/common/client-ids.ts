import { createHash } from 'node:crypto';

/** What an action takes back as an id (`Id` in types/common.ts). */
export const MAX_ID_LENGTH = 64;

/**
 * A stored id built from a client's string (a clientRequestId), kept within `max` characters so
 * every action that takes it back accepts it: a short id stays as it is; a longer one keeps its
 * beginning and ends in a sha256 prefix of the whole (deterministic, so a retry finds it again).
 */
export function boundedId(id: string, max = MAX_ID_LENGTH): string {
  if (id.length <= max) return id;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 32);
  return `${id.slice(0, Math.max(0, max - hash.length - 1))}_${hash}`;
}
