import { createHash } from 'node:crypto';

/**
 * A short deterministic id from the caller and their request id, so a retried upload or visit
 * lands on the same document (ids stay well under the 64-character limit of the contract).
 */
export function requestDocId(prefix: string, openid: string, clientRequestId: string): string {
  return `${prefix}_${createHash('sha1').update(`${openid}\n${clientRequestId}`).digest('hex').slice(0, 24)}`;
}
