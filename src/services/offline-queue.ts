import Taro from '@tarojs/taro';
import type { ActionName, ACTIONS, InputOf, OutputOf } from '../../types';
import { ApiError } from './api';
import { api } from './client';
import { serverNow } from './server-clock';
import { NetworkError } from './transport';
import { getDemoNow, getDemoOpenid } from './transports/identity';

/**
 * Writes made without a network are kept on the phone (Taro storage) and sent when it returns.
 * Each keeps its clientRequestId, so a retry the server already saw is answered, never counted
 * twice; clock-ins also carry the phone's time of the tap (deviceAt), which the server accepts
 * within the county's offline window and marks 'synced later'.
 */
export interface QueuedCall {
  /** The clientRequestId of the write: every retry reuses it. */
  id: string;
  action: ActionName;
  input: Record<string, unknown>;
  /** The phone's time when the write was made. */
  deviceAt: string;
  attempts: number;
  /** Local demo only: the demo identity that made it (sent only as that identity). */
  who: string | null;
  /** The server refused it (e.g. past the offline window): kept to tell the person, not retried. */
  failed: { code: string; message: string } | null;
}

export type Retryable = { [N in ActionName]: InputOf<(typeof ACTIONS)[N]> extends { clientRequestId: string } ? N : never }[ActionName];

export type CallOutcome<N extends ActionName> =
  | { status: 'sent'; result: OutputOf<(typeof ACTIONS)[N]> }
  | { status: 'queued'; item: QueuedCall };

export interface FlushResult {
  sent: { item: QueuedCall; result: unknown }[];
  failed: QueuedCall[];
  /** Items still waiting (the network dropped again). */
  remaining: number;
}

export interface QueueDeps {
  send: (action: ActionName, input: Record<string, unknown>) => Promise<unknown>;
  load: () => unknown;
  save: (items: QueuedCall[]) => void;
  now: () => Date;
  who: () => string | null;
}

export const OFFLINE_QUEUE_KEY = 'zhucun.offlineQueue';

export function createOfflineQueue(deps: QueueDeps) {
  const listeners = new Set<(items: QueuedCall[]) => void>();
  let flushing: Promise<FlushResult> | null = null;

  const all = (): QueuedCall[] => {
    const v = deps.load();
    return Array.isArray(v) ? (v as QueuedCall[]) : [];
  };
  const mine = (items = all()) => items.filter((i) => i.who === deps.who());
  const write = (items: QueuedCall[]) => {
    deps.save(items);
    const shown = mine(items);
    listeners.forEach((l) => l(shown));
  };
  const patch = (id: string, change: Partial<QueuedCall> | null) =>
    write(all().flatMap((i) => (i.id !== id ? [i] : change ? [{ ...i, ...change }] : [])));

  /** Keeps a write for later. Options: `deviceAt` adds the phone's time to the input (clock-ins). */
  function enqueue(action: ActionName, input: { clientRequestId: string }, opts: { deviceAt?: boolean } = {}): QueuedCall {
    const deviceAt = deps.now().toISOString();
    const item: QueuedCall = {
      id: input.clientRequestId,
      action,
      input: opts.deviceAt ? { ...input, deviceAt } : { ...input },
      deviceAt,
      attempts: 1,
      who: deps.who(),
      failed: null,
    };
    write([...all().filter((i) => i.id !== item.id), item]);
    return item;
  }

  /** Sends every waiting write in order; stops at the first network failure. */
  async function runFlush(): Promise<FlushResult> {
    const out: FlushResult = { sent: [], failed: [], remaining: 0 };
    const waiting = mine().filter((i) => !i.failed);
    for (let k = 0; k < waiting.length; k++) {
      const item = { ...waiting[k], attempts: waiting[k].attempts + 1 };
      try {
        const result = await deps.send(item.action, item.input);
        patch(item.id, null);
        out.sent.push({ item, result });
      } catch (e) {
        if (e instanceof ApiError) {
          const failed = { ...item, failed: { code: e.code, message: e.message } };
          patch(item.id, failed);
          out.failed.push(failed);
          continue;
        }
        // No network (or anything unexpected): keep it and the rest for the next chance.
        patch(item.id, { attempts: item.attempts });
        out.remaining = waiting.length - k;
        break;
      }
    }
    return out;
  }

  return {
    /** Waiting and refused writes of the current identity, oldest first. */
    list: (): QueuedCall[] => mine(),
    pending: (action?: ActionName): QueuedCall[] => mine().filter((i) => !i.failed && (!action || i.action === action)),
    failures: (action?: ActionName): QueuedCall[] => mine().filter((i) => i.failed && (!action || i.action === action)),
    enqueue,
    /** Forget a refused write once the person has read why. */
    dismiss: (id: string) => patch(id, null),
    flush(): Promise<FlushResult> {
      flushing ??= runFlush().finally(() => {
        flushing = null;
      });
      return flushing;
    },
    /** Sends now; without a network the write is kept and answered as 'queued'. Server refusals throw. */
    async callOrQueue<N extends Retryable>(action: N, input: InputOf<(typeof ACTIONS)[N]>, opts: { deviceAt?: boolean } = {}): Promise<CallOutcome<N>> {
      try {
        const result = (await deps.send(action, input as Record<string, unknown>)) as OutputOf<(typeof ACTIONS)[N]>;
        return { status: 'sent', result };
      } catch (e) {
        if (!(e instanceof NetworkError)) throw e;
        return { status: 'queued', item: enqueue(action, input as { clientRequestId: string }, opts) };
      }
    },
    subscribe(fn: (items: QueuedCall[]) => void): () => void {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
  };
}

export type OfflineQueue = ReturnType<typeof createOfflineQueue>;

/**
 * The app's queue: Taro storage, the typed api client, the phone's clock set right by the server's
 * (serverNow: a phone whose clock is off still records the true time of the tap), or the demo clock.
 */
export const offlineQueue: OfflineQueue = createOfflineQueue({
  send: (action, input) => api(action, input as never),
  load: () => Taro.getStorageSync(OFFLINE_QUEUE_KEY),
  save: (items) => Taro.setStorageSync(OFFLINE_QUEUE_KEY, items),
  now: () => {
    const demo = getDemoNow();
    const t = demo ? new Date(demo) : serverNow();
    return Number.isNaN(t.getTime()) ? serverNow() : t;
  },
  who: () => (process.env.TARO_ENV === 'weapp' ? null : getDemoOpenid()),
});

let started = false;

/**
 * Sends waiting writes whenever the network comes back: weapp's network status event and app
 * show; H5's 'online' event and the tab becoming visible. Installed once; pages may also call
 * `offlineQueue.flush()` on show.
 */
export function startOfflineSync(queue: OfflineQueue = offlineQueue): void {
  if (started) return;
  started = true;
  const kick = () => {
    if (queue.pending().length > 0) void queue.flush();
  };
  if (process.env.TARO_ENV === 'weapp') {
    Taro.onNetworkStatusChange((r) => {
      if (r.isConnected) kick();
    });
    Taro.onAppShow(kick);
  } else if (typeof window !== 'undefined') {
    window.addEventListener('online', kick);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') kick();
    });
  }
  kick();
}

/** Tests only: allow the listeners to be installed again. */
export function resetOfflineSyncForTests(): void {
  started = false;
}
