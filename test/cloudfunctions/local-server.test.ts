import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack, type LocalStack } from '../../dev/server';

// No background scheduler ticks during these tests.
process.env.ZHUCUN_SCHEDULER_EVERY_S = '0';

describe('local stack HTTP', () => {
  let stack: LocalStack;
  const dataDir = mkdtempSync(join(tmpdir(), 'zhucun-'));
  const h5Dir = mkdtempSync(join(tmpdir(), 'zhucun-h5-'));
  const script = `console.log(${JSON.stringify('驻村'.repeat(500))});`;
  beforeAll(async () => {
    mkdirSync(join(h5Dir, 'js'));
    writeFileSync(join(h5Dir, 'index.html'), '<!doctype html><title>驻村</title>');
    writeFileSync(join(h5Dir, 'js', 'app.3f9c2a1b.js'), script);
    stack = await startLocalStack({ port: 18787 + (process.pid % 1000), dataDir, h5Dir, seed: true });
  });
  afterAll(() => stack.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${stack.url}/fn/api`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }).then((r) => r.json());

  it('answers health and the function envelope, with the caller named by header', async () => {
    expect(await (await fetch(`${stack.url}/healthz`)).json()).toEqual({ ok: true });
    const me = await post(JSON.stringify({ action: 'session.whoami' }), { 'X-Zhucun-Openid': 'demo-supervisor' });
    expect(me).toMatchObject({ ok: true, data: { roles: [{ role: 'township_supervisor', scope: { name: '城关镇' } }] } });
  });

  it('sets the clock per request and survives malformed bodies', async () => {
    const r = await post(JSON.stringify({ action: 'cadre.today' }), { 'X-Zhucun-Openid': 'demo-fs', 'X-Zhucun-Now': '2026-10-11T02:00:00Z' });
    expect(r).toMatchObject({ ok: true, data: { day: '2026-10-11' } });
    expect(await post('{not json')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await (await fetch(`${stack.url}/fn/nothing`, { method: 'POST', body: '{}' })).json()).toMatchObject({ ok: false });
  });

  it('serves the H5 app gzipped, caching only content-hashed assets', async () => {
    const js = await fetch(`${stack.url}/js/app.3f9c2a1b.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(js.headers.get('content-encoding')).toBe('gzip');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(await js.text()).toBe(script); // fetch inflates it again
    const page = await fetch(`${stack.url}/some/route`, { headers: { 'accept-encoding': 'identity' } });
    expect(page.headers.get('content-encoding')).toBeNull();
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>驻村</title>');
  });

  it('stores an upload (POST /upload) for roster.import, never serves it, and refuses it without identity or above 20 MB', async () => {
    const text = 'PK\x03\x04 not really a workbook';
    const upload = (body: string, headers: Record<string, string> = { 'X-Zhucun-Openid': 'demo-admin' }) =>
      fetch(`${stack.url}/upload`, { method: 'POST', body, headers: { 'content-type': 'application/octet-stream', ...headers } });
    const ok = await upload(text);
    expect(ok.status).toBe(200);
    const { data } = await ok.json();
    expect(data.fileId).toMatch(/^local:uploads\/[0-9a-f]{32}\.xlsx$/);
    const stored = join(dataDir, 'files', data.fileId.slice('local:'.length));
    expect(readFileSync(stored)).toEqual(Buffer.from(text));
    // The import reads it by its fileId (and tells the admin it is no workbook); GET never hands it out.
    const imported = await post(JSON.stringify({ action: 'roster.import', data: { fileId: data.fileId } }), { 'X-Zhucun-Openid': 'demo-admin' });
    expect(imported).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID', details: [{ message: expect.stringContaining('Excel') }] } });
    expect((await fetch(`${stack.url}/files/${data.fileId.slice('local:'.length)}`)).status).toBe(404);

    const anonymous = await upload(text, {});
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('体验身份') } });
    const empty = await upload('');
    expect(await empty.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('文件是空的') } });
    const big = await upload('x'.repeat(20 * 1024 * 1024 + 1));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('文件太大（超过20MB）') } });
    expect((await fetch(`${stack.url}/upload`)).status).toBe(405);
    expect(existsSync(join(dataDir, 'files', 'uploads'))).toBe(true);
  }, 30000);

  it('writes the public address, when given, into file links (and the survey QR codes with them)', async () => {
    const port = 19787 + (process.pid % 1000);
    const lan = await startLocalStack({ port, dataDir: mkdtempSync(join(tmpdir(), 'zhucun-')), h5Dir, seed: true, publicUrl: `http://localhost:${port}/` });
    try {
      expect(lan.url).toBe(`http://localhost:${port}`);
      const call = (action: string, data: unknown) =>
        fetch(`${lan.url}/fn/api`, { method: 'POST', body: JSON.stringify({ action, data }), headers: { 'X-Zhucun-Openid': 'demo-supervisor' } }).then((r) => r.json());
      const { data } = await call('survey.listCampaigns', {});
      const code = await call('survey.code', { campaignId: data.campaigns[0].id, villageId: data.campaigns[0].villages[0].id });
      expect(code.data.imageUrl).toMatch(new RegExp(`^http://localhost:${port}/files/`));
      expect((await fetch(code.data.imageUrl)).headers.get('content-type')).toBe('image/png');
    } finally {
      await lan.close();
    }
  }, 30000);
});
