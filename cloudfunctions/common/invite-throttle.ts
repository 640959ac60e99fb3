import { fail } from './errors';
import type { DocDriver } from './store/driver';
import { shanghaiHour } from './survey/answers';

/** Failed invitation codes a WeChat user may try per Shanghai hour (codes are 8 of 32 symbols: guessing needs millions). */
export const MAX_FAILED_REDEEMS_PER_HOUR = 10;
export const REDEEM_RATE_LIMITED = '邀请码输错次数太多，请过一小时再试，或向县委组织部核对邀请码。';

/** One caller's failed redeems in one hour (collection `invite_attempts`); pruned by housekeeping. */
export interface InviteAttemptDoc {
  _id: string;
  openid: string;
  hour: string;
  n: number;
}

const attemptId = (openid: string, hour: string) => `${hour}:${openid}`;

/** RATE_LIMITED when the caller has used up this hour's failed attempts. */
export async function requireRedeemAllowed(store: DocDriver, openid: string, now: Date): Promise<void> {
  const doc = await store.get('invite_attempts', attemptId(openid, shanghaiHour(now)));
  if ((doc?.n ?? 0) >= MAX_FAILED_REDEEMS_PER_HOUR) fail('RATE_LIMITED', REDEEM_RATE_LIMITED);
}

/** Counts one failed redeem: read and write of the hour's counter in one transaction, like the survey rate counters. */
export async function countFailedRedeem(store: DocDriver, openid: string, now: Date): Promise<void> {
  const hour = shanghaiHour(now);
  const counter: InviteAttemptDoc = { _id: attemptId(openid, hour), openid, hour, n: 0 };
  await store.transaction(async (tx) => {
    const n = (await tx.get('invite_attempts', counter._id))?.n ?? 0;
    await tx.put('invite_attempts', { ...counter, n: n + 1 });
  });
}
