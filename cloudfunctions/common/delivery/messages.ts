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
 * one-time subscription left for the template; no-openid: never bound; failed: WeChat error.
 */
export type PushStatus = 'waiting' | 'sending' | 'sent' | 'no-grant' | 'no-openid' | 'failed';

/** An in-app message (message centre) and the state of its push. One of a kind per person per day. */
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

export const messageId = (personId: string, kind: MessageKind, day: string) => `${personId}:${kind}:${day}`;

export interface Notice {
  personId: string;
  /** The person's openid when the caller already has it (saves a read); null = never bound. */
  openid?: string | null;
  countyId: string;
  kind: MessageKind;
  title: string;
  body: string;
  page: string;
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
  const day = shanghaiDay(deps.now);
  const at = pushTime(deps.now, rules.schedule.quietFrom, rules.schedule.quietTo);
  const later = at.getTime() > deps.now.getTime();
  const { openid, ...fields } = n;
  const doc: MessageDoc = {
    _id: messageId(n.personId, n.kind, day),
    ...fields,
    day,
    createdAt: deps.now.toISOString(),
    readAt: null,
    templateKey: MESSAGE_TEMPLATE[n.kind],
    pushStatus: later ? 'waiting' : 'sending',
    pushAt: at.toISOString(),
    pushedAt: null,
    pushError: null,
  };
  try {
    await deps.store.insert('messages', doc as unknown as MessageDoc & Record<string, unknown>);
  } catch (e) {
    if (e instanceof DuplicateError) return 'duplicate';
    throw e;
  }
  if (later) return 'waiting';
  return push(deps, doc, openid);
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
    try {
      await deps.store.insert('jobs', { _id: `push:${doc._id}`, countyId: doc.countyId, startedAt: deps.now.toISOString(), finishedAt: null });
    } catch (e) {
      if (e instanceof DuplicateError) continue;
      throw e;
    }
    const s = await push(deps, doc);
    statuses[s] = (statuses[s] ?? 0) + 1;
    if (s === 'sent') pushed += 1;
  }
  return { pushed, statuses };
}
