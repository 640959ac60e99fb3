import type { ApiEvent, Envelope } from '../../../types';
import { NetworkError, type Transport } from '../transport';
import { takeEarlyResponse } from './early';
import { getDemoNow, getDemoOpenid } from './identity';

/** H5 / local stack: POST /fn/<fn> with the event as JSON; identity from the demo picker. */
export function createHttpTransport(baseUrl = '', fetchImpl: typeof fetch = (...a) => fetch(...a)): Transport {
  return {
    async send(fn: string, event: ApiEvent): Promise<Envelope<unknown>> {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      const openid = getDemoOpenid();
      if (openid) headers['X-Zhucun-Openid'] = openid;
      const now = getDemoNow();
      if (now) headers['X-Zhucun-Now'] = now;
      const url = `${baseUrl}/fn/${encodeURIComponent(fn)}`;
      const body = JSON.stringify(event);
      let res: Response;
      try {
        res = await (takeEarlyResponse(url, headers, body) ?? fetchImpl(url, { method: 'POST', headers, body }));
      } catch {
        throw new NetworkError();
      }
      try {
        return (await res.json()) as Envelope<unknown>;
      } catch {
        // A proxy error page or an empty body: the server is not reachable as such.
        throw new NetworkError(res.status >= 500 ? '服务暂时不可用，请稍后再试。' : undefined);
      }
    },
  };
}
