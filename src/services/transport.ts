import type { ApiEvent, Envelope } from '../../types';

/** The one seam between the app and the server: weapp cloud call, or HTTP to a local/self-hosted stack. */
export interface Transport {
  send(fn: string, event: ApiEvent): Promise<Envelope<unknown>>;
}

/** Thrown for transport failures (no network, server down): callers may queue and retry. */
export class NetworkError extends Error {
  constructor(message = '网络不通，请稍后再试。') {
    super(message);
  }
}
