import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
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

  /** A GET with the path sent exactly as written (fetch would resolve '.' and '..' itself). */
  const rawGet = (path: string) =>
    new Promise<{ status: number; body: string }>((ok, fail) => {
      const u = new URL(stack.url);
      const req = request({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => ok({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', fail);
      req.end();
    });
  const upload = (body: string, openid: string, now?: string) =>
    fetch(`${stack.url}/upload`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/octet-stream', 'X-Zhucun-Openid': openid, ...(now ? { 'X-Zhucun-Now': now } : {}) },
    });

  it('decodes and normalises /files paths before checking them: uploads are never served, nothing above the root is', async () => {
    const ok = await upload('PK\x03\x04 roster', 'demo-admin', '2026-11-20T01:00:00Z');
    expect(ok.status).toBe(200);
    const name = (await ok.json()).data.fileId.slice('local:uploads/'.length) as string;
    writeFileSync(join(dataDir, 'files', 'public-note.txt'), 'public');
    expect(await rawGet('/files/public-note.txt')).toMatchObject({ status: 200, body: 'public' });
    expect(await rawGet('/files/%70ublic-note.txt')).toMatchObject({ status: 200, body: 'public' });
    for (const path of [
      `/files/uploads/${name}`,
      `/files/%75ploads/${name}`,
      `/files/./uploads/${name}`,
      `/files/%2E/uploads/${name}`,
      `/files//uploads/${name}`,
      `/files/x/../uploads/${name}`,
      `/files/uploads%2F${name}`,
      `/files/UPLOADS/${name}`,
      `/files/uploads/./${name}`,
      '/files/../zhucun.sqlite',
      '/files/%2e%2e/zhucun.sqlite',
      '/files/..%2Fzhucun.sqlite',
      '/files/%2e%2e%2f%2e%2e%2fetc/passwd.txt',
    ]) {
      const r = await rawGet(path);
      expect([path, r.status]).toEqual([path, 404]);
      expect(r.body).not.toContain('roster');
    }
    // Climbing above the root lands at the root: here the app's own page, never a system file.
    expect((await rawGet('/files/%2e%2e%2f%2e%2e%2fetc/passwd')).body).toContain('<title>驻村</title>');
    // Decoded once only: '%2575' is a folder literally named '%75ploads', which does not exist.
    expect((await rawGet(`/files/%2575ploads/${name}`)).status).toBe(404);
    // A malformed escape, a backslash or a NUL is no path at all.
    for (const path of ['/files/%E0%A4%A', '/files/%', `/files/uploads%5C${name}`, '/files/a%00b']) {
      expect([path, (await rawGet(path)).status]).toEqual([path, 400]);
    }
    expect((await fetch(`${stack.url}/%75pload`, { method: 'POST', body: 'x' })).status).toBe(401);
  });

  it('takes uploads from a county admin only, at most 20 files an hour each', async () => {
    for (const openid of ['demo-fs', 'demo-supervisor', 'wx-stranger']) {
      const r = await upload('PK\x03\x04', openid);
      expect(r.status).toBe(403);
      expect(await r.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只有县级管理员可以上传花名册。' } });
    }
    const hour = '2026-11-21T02:10:00Z';
    for (let i = 0; i < 20; i++) expect((await upload(`PK\x03\x04 ${i}`, 'demo-admin', hour)).status).toBe(200);
    const refused = await upload('PK\x03\x04 again', 'demo-admin', hour);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringContaining('一小时内最多上传20个文件') } });
    expect((await upload('PK\x03\x04 next hour', 'demo-admin', '2026-11-21T03:00:00Z')).status).toBe(200);
  });

  it('caps the bytes uploaded per hour as well', async () => {
    const port = 20787 + (process.pid % 1000);
    const small = await startLocalStack({ port, dataDir: mkdtempSync(join(tmpdir(), 'zhucun-')), h5Dir, seed: true, uploadLimits: { files: 20, bytes: 1000 } });
    try {
      const put = (n: number) => fetch(`${small.url}/upload`, { method: 'POST', body: 'x'.repeat(n), headers: { 'X-Zhucun-Openid': 'demo-admin', 'X-Zhucun-Now': '2026-11-20T03:00:00Z' } });
      expect((await put(600)).status).toBe(200);
      const over = await put(600);
      expect(over.status).toBe(429);
      expect(await over.json()).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringContaining('共1KB') } });
      expect((await put(10)).status).toBe(429);
    } finally {
      await small.close();
    }
  });

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
