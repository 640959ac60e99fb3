import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHttpTransport } from '../../src/services/transports/http';
import { DEMO_NOW_KEY, DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import { NetworkError } from '../../src/services/transport';
import Taro, { resetTaroDouble } from './taro-double';

/**
 * index.html starts the villager survey's `survey.open` before the app has loaded; the HTTP
 * transport must take that answer exactly when it would have sent the same request itself.
 * These tests run the real inline script of src/index.html.
 */
const html = readFileSync(join(__dirname, '../../src/index.html'), 'utf8');
const earlyScript = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).find((s) => s.includes('__zhucunEarly'));

const response = (body: unknown) => ({ status: 200, json: async () => body }) as Response;
const SCENE = 'k3J9xQ2mVb7TzR4pLw8nHc5d';
const SURVEY_LINK = `/#/packages/survey/pages/index/index?scene=${SCENE}`;

/** As Taro H5 stores it (localStorage, `{"data": …}`), and in the page tests' storage double. */
function store(key: string, value: string) {
  localStorage.setItem(key, JSON.stringify({ data: value }));
  Taro.setStorageSync(key, value);
}

/** Loads the page at `link`: runs index.html's script with a recording fetch. */
function openPage(link: string, reply: () => Promise<Response> = async () => response({ ok: true, data: { early: true } })) {
  window.history.replaceState(null, '', link);
  const early: { url: string; init: RequestInit }[] = [];
  (window as unknown as { fetch: unknown }).fetch = (url: string, init: RequestInit) => {
    early.push({ url, init });
    return reply();
  };
  new Function(earlyScript!)();
  return early;
}

function networkFetch() {
  const seen: string[] = [];
  const f = (async (_url: string, init: RequestInit) => {
    seen.push(String(init.body));
    return response({ ok: true, data: { early: false } });
  }) as unknown as typeof fetch;
  return { f, seen };
}

const surveyOpen = { action: 'survey.open', data: { scene: SCENE } };

beforeEach(() => {
  resetTaroDouble();
  localStorage.clear();
  delete window.__zhucunEarly;
});

describe('early survey.open from index.html', () => {
  it('is found in index.html', () => {
    expect(earlyScript).toBeTruthy();
  });

  it('answers the survey page’s first call for a new villager (the demo villager identity)', async () => {
    const early = openPage(SURVEY_LINK);
    expect(early).toHaveLength(1);
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-villager'); // what the survey page does for a new visitor
    const net = networkFetch();
    await expect(createHttpTransport('', net.f).send('api', surveyOpen)).resolves.toEqual({ ok: true, data: { early: true } });
    expect(net.seen).toEqual([]);
  });

  it('matches a chosen demo identity and a fixed time from the link', async () => {
    store(DEMO_OPENID_KEY, 'demo-fs');
    openPage(`${SURVEY_LINK}&now=2026-03-02T09:00:00%2B08:00`);
    const net = networkFetch();
    await expect(createHttpTransport('', net.f).send('api', surveyOpen)).resolves.toEqual({ ok: true, data: { early: true } });
    expect(net.seen).toEqual([]);
  });

  it('matches a fixed time kept in storage', async () => {
    store(DEMO_NOW_KEY, '2026-03-02T09:00:00+08:00');
    openPage(SURVEY_LINK);
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-villager');
    const net = networkFetch();
    await expect(createHttpTransport('', net.f).send('api', surveyOpen)).resolves.toEqual({ ok: true, data: { early: true } });
    expect(net.seen).toEqual([]);
  });

  it('is taken once; other requests and other identities go over the network', async () => {
    openPage(SURVEY_LINK);
    const net = networkFetch();
    const t = createHttpTransport('', net.f);
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-supervisor');
    await expect(t.send('api', surveyOpen)).resolves.toEqual({ ok: true, data: { early: false } });
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-villager');
    await expect(t.send('api', { action: 'survey.open', data: { scene: 'another-scene-0000000000' } })).resolves.toEqual({ ok: true, data: { early: false } });
    await expect(t.send('api', surveyOpen)).resolves.toEqual({ ok: true, data: { early: true } });
    await expect(t.send('api', surveyOpen)).resolves.toEqual({ ok: true, data: { early: false } });
    expect(net.seen).toHaveLength(3);
  });

  it('a failed early request is a network error, as any other', async () => {
    openPage(SURVEY_LINK, () => Promise.reject(new TypeError('Failed to fetch')));
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-villager');
    await expect(createHttpTransport('', networkFetch().f).send('api', surveyOpen)).rejects.toBeInstanceOf(NetworkError);
  });

  it('starts nothing on other pages or without a scene', () => {
    expect(openPage('/#/pages/index/index')).toEqual([]);
    expect(window.__zhucunEarly).toBeUndefined();
    expect(openPage('/#/packages/survey/pages/index/index')).toEqual([]);
  });
});
