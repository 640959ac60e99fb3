import { pushTime, shanghaiDay, type RuleConfig } from '../../../src/core';
import { MESSAGE_TEMPLATE, type MessageKind, type TemplateKey } from '../../../types/supervision';
import type { PersonDoc } from '../model';
import type { Services } from '../services';
import { DuplicateError, type DocDriver } from '../store/driver';
import { clearGrant, takeGrant } from './grants';

/**
 * What happened to the WeChat push of a message. The in-app message always lands.
 * waiting: due at `pushAt` (quiet hours); sending: being pushed right away (never picked up by the
 * flush, so two overlapping ticks cannot both push it); sent; no-grant: the user has no
 * one-time subscription left for the template; no-openid: never bound; failed: WeChat error;
 * not-needed: a reminder whose push was still waiting when the person did the thing (reminderDone).
 */
export type PushStatus = 'waiting' | 'sending' | 'sent' | 'no-grant' | 'no-openid' | 'failed' | 'not-needed';

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
 * Sends a message: the in-app message lands at once (id person:kind:day, so a second notice of
 * the same kind that day is dropped), and the WeChat push goes now — or, in quiet hours, waits
 * for their end and is sent by the scheduler's next tick after that (flushDuePushes).
 */
export async function notify(deps: DeliveryDeps, rules: RuleConfig, n: Notice): Promise<'duplicate' | PushStatus> {
  const doc = messageDoc(deps.now, rules, n, false);
  if (!(await insertMessage(deps.store, doc))) return 'duplicate';
  if (doc.pushStatus === 'waiting') return 'waiting';
  return push(deps, doc, n.openid);
}

function messageDoc(now: Date, rules: RuleConfig, n: Notice, queued: boolean): MessageDoc {
  const day = shanghaiDay(now);
  const at = pushTime(now, rules.schedule.quietFrom, rules.schedule.quietTo);
  const later = at.getTime() > now.getTime();
  const { openid: _openid, key, ...fields } = n;
  return {
    _id: messageId(n.personId, n.kind, key ?? day),
    ...fields,
    day,
    createdAt: now.toISOString(),
    readAt: null,
    templateKey: MESSAGE_TEMPLATE[n.kind],
    pushStatus: later || queued ? 'waiting' : 'sending',
    pushAt: at.toISOString(),
    pushedAt: null,
    pushError: null,
  };
}

/** false: a message with that id is already there. */
async function insertMessage(store: DocDriver, doc: MessageDoc): Promise<boolean> {
  try {
    await store.insert('messages', doc as unknown as MessageDoc & Record<string, unknown>);
    return true;
  } catch (e) {
    if (e instanceof DuplicateError) return false;
    throw e;
  }
}

/**
 * Writes the in-app message only, with its push waiting: for a write that must commit together
 * with its notice (pass the transaction as `store`), so a retry or a rolled-back write never
 * leaves a second or a stray message. After the commit, pushQueued sends the pushes that are due;
 * otherwise the scheduler's next tick does. null: already there.
 */
export async function queueNotice(store: DocDriver, now: Date, rules: RuleConfig, n: Notice): Promise<MessageDoc | null> {
  const doc = messageDoc(now, rules, n, true);
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
 * Nothing happens when there is no such reminder.
 */
export async function reminderDone(store: DocDriver, now: Date, personId: string, kind: 'clock-in-reminder' | 'diary-reminder', day: string): Promise<boolean> {
  const id = messageId(personId, kind, day);
  const m = (await store.get('messages', id)) as unknown as MessageDoc | null;
  if (!m) return false;
  const patch: Partial<MessageDoc> = {};
  if (!m.readAt) patch.readAt = now.toISOString();
  if (m.pushStatus === 'waiting') patch.pushStatus = 'not-needed';
  if (Object.keys(patch).length) await store.update('messages', id, patch);
  return true;
}

/** Tries the WeChat push of one message and records the outcome on it. */
async function push(deps: DeliveryDeps, doc: MessageDoc, knownOpenid?: string | null): Promise<PushStatus> {
  const { store, services, now } = deps;
  const openid = knownOpenid !== undefined ? knownOpenid : (((await store.get('people', doc.personId)) as unknown as PersonDoc | null)?.openid ?? null);
  let status: PushStatus;
  let error: string | null = null;
  const needsGrant = services.delivery.requiresGrants !== false;
  if (!openid) status = 'no-openid';
  else if (needsGrant && !(await takeGrant(store, doc.personId, doc.templateKey, now))) status = 'no-grant';
  else {
    try {
      const ok = await services.delivery.send({ openid, templateKey: doc.templateKey, page: doc.page, fields: templateFields(doc) });
      status = ok ? 'sent' : 'no-grant';
      if (!ok && needsGrant) await clearGrant(store, doc.personId, doc.templateKey, now);
    } catch (e) {
      status = 'failed';
      error = e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200);
    }
  }
  await store.update('messages', doc._id, { pushStatus: status, pushedAt: status === 'sent' ? now.toISOString() : null, pushError: error });
  return status;
}

/**
 * Pushes the messages whose quiet hours are over. Called on every scheduler tick; a `jobs`
 * marker per message makes two overlapping ticks push it once.
 */
export async function flushDuePushes(deps: DeliveryDeps, limit = 200): Promise<{ pushed: number; statuses: Record<string, number> }> {
  const due = (await deps.store.find(
    'messages',
    { pushStatus: 'waiting', pushAt: { $lte: deps.now.toISOString() } },
    { orderBy: [{ field: 'pushAt', dir: 'asc' }], limit },
  )) as unknown as MessageDoc[];
  const statuses: Record<string, number> = {};
  let pushed = 0;
  for (const doc of due) {
    const s = await pushOnce(deps, doc);
    if (!s) continue;
    statuses[s] = (statuses[s] ?? 0) + 1;
    if (s === 'sent') pushed += 1;
  }
  return { pushed, statuses };
}

/** Pushes a waiting message once: the `jobs` marker push:<id> is taken first (null: someone else has). */
async function pushOnce(deps: DeliveryDeps, doc: MessageDoc): Promise<PushStatus | null> {
  try {
    await deps.store.insert('jobs', { _id: `push:${doc._id}`, countyId: doc.countyId, startedAt: deps.now.toISOString(), finishedAt: null });
  } catch (e) {
    if (e instanceof DuplicateError) return null;
    throw e;
  }
  return push(deps, doc);
}
