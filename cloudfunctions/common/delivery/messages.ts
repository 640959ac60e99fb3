import { pushTime, shanghaiDay, type RuleConfig } from '../../../src/core';
import { MESSAGE_TEMPLATE, type MessageKind, type TemplateKey } from '../../../types/supervision';
import type { Services } from '../services';
import { atomically, DuplicateError, findAll, isDriver, type DocDriver, type DocTx } from '../store/driver';
import { addGrants, clearGrant, takeGrant } from './grants';

/**
 * What happened to the WeChat push of a message. The in-app message always lands, and its push
 * intent with it: the message document IS the intent (written in one insert, or in the same
 * transaction as the write it tells about), so no notice can exist without its push being owed.
 *   waiting: owed, due at `pushAt` (the end of quiet hours, or a retry's backoff);
 *   sending: claimed by one sender (a transaction moves waiting → sending, so two senders never
 *     both push it); `pushSendingAt` is set just before the WeChat call;
 *   sent; no-grant: the user has no one-time subscription left for the template; no-openid:
 *     never bound; not-needed: a reminder whose push was still waiting when the person did the thing;
 *   failed: given up — MAX_PUSH_ATTEMPTS WeChat errors, or the sender stopped after calling WeChat
 *     (the outcome is unknown, and a second push is worse than none). County admins see these.
 */
export type PushStatus = 'waiting' | 'sending' | 'sent' | 'no-grant' | 'no-openid' | 'failed' | 'not-needed';

/** WeChat errors before a push is marked failed. */
export const MAX_PUSH_ATTEMPTS = 3;
/** After a WeChat error, the next attempt waits this long, doubling (5, 10 min …). */
export const PUSH_RETRY_MS = 5 * 60_000;
/** A push claimed longer ago than this without an outcome: its sender stopped. */
export const PUSH_STALE_MS = 10 * 60_000;

/**
 * An in-app message (message centre) and the state of its push. One of a kind per person per day,
 * or per person and `key` when the notice has one (a leave's notices: one per leave).
 */
export interface MessageDoc {
  _id: string;
  personId: string;
  countyId: string;
  kind: MessageKind;
  /** The Shanghai day the message is about (and the dedupe key). */
  day: string;
  title: string;
  body: string;
  page: string;
  createdAt: string;
  readAt: string | null;
  templateKey: TemplateKey;
  pushStatus: PushStatus;
  /** Earliest push instant (end of quiet hours when raised in them). */
  pushAt: string;
  pushedAt: string | null;
  pushError: string | null;
  /** WeChat calls started for this push (absent on messages written before retries: 0). */
  pushAttempts?: number;
  /** When the current sender claimed it (status sending). */
  pushClaimedAt?: string | null;
  /** Set just before the WeChat call of the current attempt: past this point a stopped sender may have pushed. */
  pushSendingAt?: string | null;
}

/** `dedupe` is the day, or the notice's own key. */
export const messageId = (personId: string, kind: MessageKind, dedupe: string) => `${personId}:${kind}:${dedupe}`;

export interface Notice {
  personId: string;
  /** The person's openid when the caller already has it (saves a read); null = never bound. */
  openid?: string | null;
  countyId: string;
  kind: MessageKind;
  title: string;
  body: string;
  page: string;
  /** Dedupe per this key instead of per day (e.g. a leave id: two leaves the same day both arrive). */
  key?: string;
}

export interface DeliveryDeps {
  store: DocDriver;
  services: Services;
  now: Date;
}

/** Subscribe-message values: `thing` values are at most 20 characters (WeChat error 47003). */
export function templateFields(doc: Pick<MessageDoc, 'title' | 'body' | 'day'>): Record<string, string> {
  const clip = (s: string) => (s.length > 20 ? `${s.slice(0, 19)}…` : s);
  return { thing1: clip(doc.title), thing2: clip(doc.body), date3: doc.day };
}

/**
 * Sends a message: the in-app message and its push intent land at once, in one document (id
 * person:kind:day, so a second notice of the same kind that day is dropped); the WeChat push goes
 * now — or, in quiet hours, waits for their end and is sent by the scheduler's next tick after
 * that (flushDuePushes). A sender that stops between the two leaves the push owed, and the next
 * tick sends it.
 */
export async function notify(deps: DeliveryDeps, rules: RuleConfig, n: Notice): Promise<'duplicate' | PushStatus> {
  const doc = messageDoc(deps.now, rules, n);
  if (!(await insertMessage(deps.store, doc))) return 'duplicate';
  if (Date.parse(doc.pushAt) > deps.now.getTime()) return 'waiting';
  return (await pushOnce(deps, doc, n.openid)) ?? 'sending';
}

function messageDoc(now: Date, rules: RuleConfig, n: Notice): MessageDoc {
  const day = shanghaiDay(now);
  const at = pushTime(now, rules.schedule.quietFrom, rules.schedule.quietTo);
  const { openid: _openid, key, ...fields } = n;
  return {
    _id: messageId(n.personId, n.kind, key ?? day),
    ...fields,
    day,
    createdAt: now.toISOString(),
    readAt: null,
    templateKey: MESSAGE_TEMPLATE[n.kind],
    pushStatus: 'waiting',
    pushAt: at.toISOString(),
    pushedAt: null,
    pushError: null,
    pushAttempts: 0,
    pushClaimedAt: null,
    pushSendingAt: null,
  };
}

/**
 * false: a message with that id is already there. Looks before inserting: inside a transaction a
 * failed insert would end the transaction (on CloudBase, as on every driver).
 */
async function insertMessage(store: DocTx, doc: MessageDoc): Promise<boolean> {
  if (await store.get('messages', doc._id)) return false;
  try {
    await store.insert('messages', doc);
    return true;
  } catch (e) {
    if (e instanceof DuplicateError && isDriver(store)) return false; // a concurrent sender wrote it first
    throw e;
  }
}

/**
 * Writes the in-app message with its push intent, for a write that must commit together with its
 * notice (pass the transaction as `store`), so a retry or a rolled-back write never leaves a
 * second or a stray message. After the commit, pushQueued sends the pushes that are due;
 * otherwise the scheduler's next tick does. null: already there.
 */
export async function queueNotice(store: DocTx, now: Date, rules: RuleConfig, n: Notice): Promise<MessageDoc | null> {
  const doc = messageDoc(now, rules, n);
  return (await insertMessage(store, doc)) ? doc : null;
}

/** Pushes queued messages that are due now (not in quiet hours), each once even if the scheduler's flush runs at the same time. */
export async function pushQueued(deps: DeliveryDeps, docs: readonly MessageDoc[]): Promise<void> {
  for (const doc of docs) {
    if (Date.parse(doc.pushAt) <= deps.now.getTime()) await pushOnce(deps, doc);
  }
}

/**
 * Marks a reminder done once the person did the thing (clocked in, wrote the diary): the day's
 * reminder of that kind is read, and a push still waiting for the end of quiet hours is dropped.
 * Nothing happens when there is no such reminder. Pass the caller's transaction to commit with it.
 */
export async function reminderDone(store: DocTx, now: Date, personId: string, kind: 'clock-in-reminder' | 'diary-reminder', day: string): Promise<boolean> {
  const id = messageId(personId, kind, day);
  return atomically(store, async (tx) => {
    const m = await tx.get('messages', id);
    if (!m) return false;
    const patch: Partial<MessageDoc> = {};
    if (!m.readAt) patch.readAt = now.toISOString();
    if (m.pushStatus === 'waiting') patch.pushStatus = 'not-needed';
    if (Object.keys(patch).length) await tx.update('messages', id, patch);
    return true;
  });
}

/**
 * Claims a waiting, due message for this sender: waiting → sending, in a transaction, so of two
 * senders (a handler and the scheduler's flush, or two overlapping ticks) exactly one gets it.
 * Answers the claimed message, or null when it is not (or no longer) this sender's to push.
 */
async function claim(deps: DeliveryDeps, id: string): Promise<MessageDoc | null> {
  return deps.store.transaction(async (tx) => {
    const m = await tx.get('messages', id);
    if (!m || m.pushStatus !== 'waiting' || Date.parse(m.pushAt) > deps.now.getTime()) return null;
    const patch = { pushStatus: 'sending' as const, pushClaimedAt: deps.now.toISOString(), pushSendingAt: null };
    await tx.update('messages', id, patch);
    return { ...m, ...patch };
  });
}

/**
 * Pushes a waiting message once: claims it, then calls WeChat and records the outcome on it. A
 * WeChat error puts it back to waiting with a backoff, until MAX_PUSH_ATTEMPTS, then failed.
 * null: someone else has it.
 */
async function pushOnce(deps: DeliveryDeps, doc: MessageDoc, knownOpenid?: string | null): Promise<PushStatus | null> {
  const m = await claim(deps, doc._id);
  if (!m) return null;
  const { store, services, now } = deps;
  const openid = knownOpenid !== undefined ? knownOpenid : ((await store.get('people', m.personId))?.openid ?? null);
  const attempts = (m.pushAttempts ?? 0) + 1;
  const needsGrant = services.delivery.requiresGrants !== false;
  let status: PushStatus;
  let error: string | null = null;
  let pushAt = m.pushAt;
  if (!openid) status = 'no-openid';
  else if (needsGrant && !(await takeGrant(store, m.personId, m.templateKey, now))) status = 'no-grant';
  else {
    // From here on, a sender that stops may have pushed: the flush then never pushes it again.
    await store.update('messages', m._id, { pushSendingAt: now.toISOString(), pushAttempts: attempts });
    try {
      const ok = await services.delivery.send({ openid, templateKey: m.templateKey, page: m.page, fields: templateFields(m) });
      status = ok ? 'sent' : 'no-grant';
      if (!ok && needsGrant) await clearGrant(store, m.personId, m.templateKey, now);
    } catch (e) {
      error = (e instanceof Error ? e.message : String(e)).slice(0, 200);
      if (attempts < MAX_PUSH_ATTEMPTS) {
        status = 'waiting';
        pushAt = new Date(now.getTime() + PUSH_RETRY_MS * 2 ** (attempts - 1)).toISOString();
        // The grant was not used by a failed send: give it back for the retry.
        if (needsGrant) await addGrants(store, m.personId, [m.templateKey], now);
      } else status = 'failed';
    }
  }
  await store.update('messages', m._id, {
    pushStatus: status,
    pushAt,
    pushedAt: status === 'sent' ? now.toISOString() : null,
    pushError: error,
    pushClaimedAt: null,
    pushSendingAt: null,
  });
  return status;
}

/**
 * A push claimed PUSH_STALE_MS ago without an outcome: its sender stopped. Before the WeChat call
 * (no pushSendingAt) it is owed again (back to waiting); after it, the push may have gone out, and
 * a second one must not: failed, with the reason, for the county admin to see.
 */
async function settleStale(deps: DeliveryDeps, id: string): Promise<PushStatus | null> {
  return deps.store.transaction(async (tx) => {
    const m = await tx.get('messages', id);
    const claimed = m?.pushClaimedAt ? Date.parse(m.pushClaimedAt) : 0;
    if (!m || m.pushStatus !== 'sending' || deps.now.getTime() - claimed < PUSH_STALE_MS) return null;
    if (!m.pushSendingAt) {
      await tx.update('messages', id, { pushStatus: 'waiting', pushClaimedAt: null });
      return 'waiting' as const;
    }
    await tx.update('messages', id, {
      pushStatus: 'failed',
      pushClaimedAt: null,
      pushError: '发送中断：微信可能已收到，为免重复不再重发',
    });
    return 'failed' as const;
  });
}

/**
 * The scheduler's delivery flush (every tick): first settles pushes whose sender stopped
 * (settleStale), then pushes every waiting message that is due — quiet hours over, a retry's
 * backoff passed, or a sender that stopped before pushing. Each is pushed at most once (claim).
 */
export async function flushDuePushes(deps: DeliveryDeps, limit = 200): Promise<{ pushed: number; statuses: Record<string, number> }> {
  const statuses: Record<string, number> = {};
  const stale = await deps.store.find(
    'messages',
    { pushStatus: 'sending', pushClaimedAt: { $lte: new Date(deps.now.getTime() - PUSH_STALE_MS).toISOString() } },
    { limit },
  );
  for (const doc of stale) {
    const s = await settleStale(deps, doc._id);
    if (s === 'failed') statuses.failed = (statuses.failed ?? 0) + 1;
  }
  const due = await deps.store.find(
    'messages',
    { pushStatus: 'waiting', pushAt: { $lte: deps.now.toISOString() } },
    { orderBy: [{ field: 'pushAt', dir: 'asc' }], limit },
  );
  let pushed = 0;
  for (const doc of due) {
    const s = await pushOnce(deps, doc);
    if (!s) continue;
    statuses[s] = (statuses[s] ?? 0) + 1;
    if (s === 'sent') pushed += 1;
  }
  return { pushed, statuses };
}

/** The county's pushes that were given up (failed), newest first: for the county admin's 消息 page. */
export async function failedPushes(store: DocDriver, countyId: string, limit = 20): Promise<{ count: number; recent: MessageDoc[] }> {
  const where = { countyId, pushStatus: 'failed' };
  const [count, recent] = await Promise.all([
    store.count('messages', where),
    store.find('messages', where, { orderBy: [{ field: 'createdAt', dir: 'desc' }], limit }),
  ]);
  return { count, recent };
}

/** How many of a person's in-app messages are unread (the badge). */
export function unreadCount(store: DocDriver, personId: string): Promise<number> {
  return store.count('messages', { personId, readAt: null });
}

/** A person's unread in-app messages (every one: marking all read). */
export function unreadMessages(store: DocDriver, personId: string): Promise<MessageDoc[]> {
  return findAll(store, 'messages', { personId, readAt: null });
}
