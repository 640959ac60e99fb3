import { createApi } from './api';
import type { Transport } from './transport';
import { createHttpTransport } from './transports/http';
import { createWeappTransport } from './transports/weapp';

function defaultTransport(): Transport {
  return process.env.TARO_ENV === 'weapp' ? createWeappTransport() : createHttpTransport();
}

let transport: Transport | null = null;

/** The one api client of the app. Only hooks call it. */
export const api = createApi({
  send: (fn, event) => (transport ??= defaultTransport()).send(fn, event),
});

/** Swap the transport (page tests; a self-hosted server later). */
export function setTransport(next: Transport | null): void {
  transport = next;
}

/** Local mode: no WeChat, identity comes from the demo role picker. */
export const isLocalMode = process.env.TARO_ENV !== 'weapp';
