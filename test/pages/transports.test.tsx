import { createHttpTransport } from '../../src/services/transports/http';
import { DEMO_NOW_KEY, DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import { NetworkError } from '../../src/services/transport';
import Taro, { resetTaroDouble } from './taro-double';

/** jsdom has no fetch Response: the transport only reads status and json(). */
function response(status: number, body: string): Response {
  return { status, json: async () => JSON.parse(body) } as Response;
}

function recordingFetch(reply: () => Promise<Response>) {
  const seen: { url: string; init: RequestInit }[] = [];
  const f = (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return reply();
  }) as unknown as typeof fetch;
  return { f, seen };
}

const okJson = () => Promise.resolve(response(200, JSON.stringify({ ok: true, data: { x: 1 } })));

beforeEach(() => {
  resetTaroDouble();
  window.history.replaceState(null, '', '/');
});

describe('http transport (H5 / local stack)', () => {
  it('posts the event to /fn/<fn> as the chosen demo identity', async () => {
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-fs');
    const { f, seen } = recordingFetch(okJson);
    const res = await createHttpTransport('', f).send('api', { action: 'session.whoami', data: {} });
    expect(res).toEqual({ ok: true, data: { x: 1 } });
    expect(seen[0].url).toBe('/fn/api');
    expect(seen[0].init.method).toBe('POST');
    expect(JSON.parse(String(seen[0].init.body))).toEqual({ action: 'session.whoami', data: {} });
    const headers = seen[0].init.headers as Record<string, string>;
    expect(headers['X-Zhucun-Openid']).toBe('demo-fs');
    expect(headers['X-Zhucun-Now']).toBeUndefined();
  });

  it('sends a fixed time from ?now= (in the hash too) or from storage', async () => {
    Taro.setStorageSync(DEMO_NOW_KEY, '2026-03-02T09:00:00+08:00');
    const { f, seen } = recordingFetch(okJson);
    const t = createHttpTransport('', f);
    await t.send('api', { action: 'a' });
    window.history.replaceState(null, '', '/#/pages/index/index?now=2026-02-14T08:30:00%2B08:00');
    await t.send('api', { action: 'a' });
    expect((seen[0].init.headers as Record<string, string>)['X-Zhucun-Now']).toBe('2026-03-02T09:00:00+08:00');
    expect((seen[1].init.headers as Record<string, string>)['X-Zhucun-Now']).toBe('2026-02-14T08:30:00+08:00');
  });

  it('turns a failed fetch or a non-JSON answer into NetworkError', async () => {
    const down = recordingFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(createHttpTransport('', down.f).send('api', { action: 'a' })).rejects.toBeInstanceOf(NetworkError);
    const proxy = recordingFetch(() => Promise.resolve(response(502, '<html>502</html>')));
    await expect(createHttpTransport('', proxy.f).send('api', { action: 'a' })).rejects.toThrow('服务暂时不可用');
  });
});
