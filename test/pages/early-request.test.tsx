import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHttpTransport } from '../../src/services/transports/http';
import { DEMO_NOW_KEY, DEMO_OPENID_KEY, getDemoOpenid, newDemoVillagerOpenid } from '../../src/services/transports/identity';
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

/** The identity the script kept for this browser, as Taro H5 keeps it. */
const keptOpenid = () => (JSON.parse(localStorage.getItem(DEMO_OPENID_KEY) ?? 'null') as { data: string } | null)?.data ?? '';

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

  it('answers the survey page’s first call for a new villager (a demo villager identity of this browser)', async () => {
    const early = openPage(SURVEY_LINK);
    expect(early).toHaveLength(1);
    const openid = keptOpenid();
    expect(openid).toMatch(/^demo-villager-[0-9a-f]{16}$/);
    expect((early[0].init.headers as Record<string, string>)['X-Zhucun-Openid']).toBe(openid);
    // The app reads the identity the script kept (Taro H5 storage is this very localStorage).
    Taro.setStorageSync(DEMO_OPENID_KEY, openid);
    expect(getDemoOpenid()).toBe(openid);
    const net = networkFetch();
    await expect(createHttpTransport('', net.f).send('api', surveyOpen)).resolves.toEqual({ ok: true, data: { early: true } });
    expect(net.seen).toEqual([]);
  });

  it('two fresh browsers are two villagers; a browser keeps its own on the next visit', () => {
    const first = openPage(SURVEY_LINK);
    const a = keptOpenid();
    openPage(SURVEY_LINK); // the same browser again
    expect(keptOpenid()).toBe(a);
    localStorage.clear(); // another phone
    const second = openPage(SURVEY_LINK);
    const b = keptOpenid();
    expect(b).toMatch(/^demo-villager-[0-9a-f]{16}$/);
    expect(b).not.toBe(a);
    const sent = (e: { init: RequestInit }[]) => (e[0].init.headers as Record<string, string>)['X-Zhucun-Openid'];
    expect([sent(first), sent(second)]).toEqual([a, b]);
    // The page makes the same kind of identity when it runs first.
    const c = newDemoVillagerOpenid();
    expect(c).toMatch(/^demo-villager-[0-9a-f]{16}$/);
    expect(c).not.toBe(newDemoVillagerOpenid());
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
    Taro.setStorageSync(DEMO_OPENID_KEY, keptOpenid());
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
    Taro.setStorageSync(DEMO_OPENID_KEY, keptOpenid());
    await expect(t.send('api', { action: 'survey.open', data: { scene: 'another-scene-0000000000' } })).resolves.toEqual({ ok: true, data: { early: false } });
    await expect(t.send('api', surveyOpen)).resolves.toEqual({ ok: true, data: { early: true } });
    await expect(t.send('api', surveyOpen)).resolves.toEqual({ ok: true, data: { early: false } });
    expect(net.seen).toHaveLength(3);
  });

  it('a failed early request is a network error, as any other', async () => {
    openPage(SURVEY_LINK, () => Promise.reject(new TypeError('Failed to fetch')));
    Taro.setStorageSync(DEMO_OPENID_KEY, keptOpenid());
    await expect(createHttpTransport('', networkFetch().f).send('api', surveyOpen)).rejects.toBeInstanceOf(NetworkError);
  });

  it('starts nothing on other pages or without a scene', () => {
    expect(openPage('/#/pages/index/index')).toEqual([]);
    expect(window.__zhucunEarly).toBeUndefined();
    expect(openPage('/#/packages/survey/pages/index/index')).toEqual([]);
  });
});
