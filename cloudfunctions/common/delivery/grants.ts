import { TemplateKey } from '../../../types/supervision';
import { atomically, type DocTx } from '../store/driver';

/**
 * Remaining one-time subscribe grants per person and template: each accepted
 * requestSubscribeMessage allows exactly one send of that template. Document `subscriptions/<personId>`.
 */
export interface SubscriptionDoc {
  _id: string;
  remaining: Record<string, number>;
  updatedAt: string;
}

/** WeChat keeps accumulating one-time grants; we cap what we count so a stuck client cannot inflate it. */
export const MAX_GRANTS_PER_TEMPLATE = 50;

function emptyRemaining(): Record<string, number> {
  return Object.fromEntries(TemplateKey.options.map((k) => [k, 0]));
}

export async function remainingGrants(store: DocTx, personId: string): Promise<Record<string, number>> {
  const doc = await store.get('subscriptions', personId);
  return { ...emptyRemaining(), ...(doc?.remaining ?? {}) };
}

async function write(store: DocTx, personId: string, remaining: Record<string, number>, now: Date) {
  const doc: SubscriptionDoc = { _id: personId, remaining, updatedAt: now.toISOString() };
  await store.put('subscriptions', doc);
}

// Each change is an atomic read-modify-write (the caller's transaction, or one of its own), so a
// grant added while a push takes one is never lost.

/** Adds one grant for each accepted template. */
export async function addGrants(store: DocTx, personId: string, accepted: readonly string[], now: Date): Promise<Record<string, number>> {
  return atomically(store, async (tx) => {
    const remaining = await remainingGrants(tx, personId);
    for (const key of accepted) remaining[key] = Math.min(MAX_GRANTS_PER_TEMPLATE, (remaining[key] ?? 0) + 1);
    await write(tx, personId, remaining, now);
    return remaining;
  });
}

/** Takes one grant of the template; false (nothing changed) when none is left. */
export async function takeGrant(store: DocTx, personId: string, key: string, now: Date): Promise<boolean> {
  return atomically(store, async (tx) => {
    const remaining = await remainingGrants(tx, personId);
    if ((remaining[key] ?? 0) <= 0) return false;
    remaining[key] -= 1;
    await write(tx, personId, remaining, now);
    return true;
  });
}

/** WeChat refused the send (43101: no subscription left): our count was wrong, set it to zero. */
export async function clearGrant(store: DocTx, personId: string, key: string, now: Date): Promise<void> {
  await atomically(store, async (tx) => {
    const remaining = await remainingGrants(tx, personId);
    remaining[key] = 0;
    await write(tx, personId, remaining, now);
  });
}
