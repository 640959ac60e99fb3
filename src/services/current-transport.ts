import type { Transport } from './transport';
import { createHttpTransport } from './transports/http';
import { createWeappTransport } from './transports/weapp';

let transport: Transport | null = null;

/** The app's transport: the WeChat cloud call on weapp, HTTP to the local stack on H5. */
export function currentTransport(): Transport {
  return (transport ??= process.env.TARO_ENV === 'weapp' ? createWeappTransport() : createHttpTransport());
}

/** Swap the transport (page tests; a self-hosted server later). */
export function setTransport(next: Transport | null): void {
  transport = next;
}

/** Local mode: no WeChat, identity comes from the demo role picker. */
export const isLocalMode = process.env.TARO_ENV !== 'weapp';
