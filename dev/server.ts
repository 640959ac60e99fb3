import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, posix, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createGzip } from 'node:zlib';
import { route } from '../cloudfunctions/api/app';
import { dispatch } from '../cloudfunctions/scheduler/dispatch';
import { JOBS } from '../cloudfunctions/scheduler/jobs';
import { loadIdentity } from '../cloudfunctions/common/context';
import { CloudbaseDriver, ensureCollections } from '../cloudfunctions/common/store/cloudbase';
import type { DocDriver } from '../cloudfunctions/common/store/driver';
import { SqliteDriver } from '../cloudfunctions/common/store/sqlite';
import { CloudbaseEmulator } from './cloudbase-emulator';
import { shanghaiHour } from '../cloudfunctions/common/survey/answers';
import { ROSTER_FILE_MAX_BYTES, ROSTER_FILE_TOO_LARGE } from '../types/roster';
import { localClock, type Clock } from './clock';
import { localServices } from './local-services';
import { seedDemo } from './seed';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};
const MAX_BODY = 100 * 1024; // CloudBase's request limit
/** `POST /upload` (the local stand-in for cloud storage uploads) takes files up to the roster's cap. */
const MAX_UPLOAD = ROSTER_FILE_MAX_BYTES;
/** Uploads per caller and Shanghai hour: at most this many files, and this many bytes in all. */
export const UPLOAD_MAX_FILES_PER_HOUR = 20;
export const UPLOAD_MAX_BYTES_PER_HOUR = 100 * 1024 * 1024;
const NOT_FOUND = { ok: false, error: { code: 'NOT_FOUND', message: '没有找到。' } };

/**
 * The store under the local stack: SQLite in the data folder (default), or the production
 * CloudBase driver over the in-memory CloudBase emulator (`ZHUCUN_STORE=cloudbase-emulator`;
 * its data lives as long as the process).
 */
export type LocalStoreKind = 'sqlite' | 'cloudbase-emulator';

async function openStore(kind: LocalStoreKind, dataDir: string): Promise<{ store: DocDriver; close: () => void }> {
  if (kind === 'cloudbase-emulator') {
    const db = new CloudbaseEmulator();
    await ensureCollections(db);
    return { store: new CloudbaseDriver(db, { sdk: 'node-sdk' }), close: () => undefined };
  }
  const sqlite = new SqliteDriver(join(dataDir, 'zhucun.sqlite'));
  return { store: sqlite, close: () => sqlite.close() };
}

export interface LocalStack {
  url: string;
  close(): Promise<void>;
}

/**
 * The local stack: the very same function handlers over SQLite, plus the H5 build, on loopback
 * (or on `host`, e.g. 0.0.0.0 so phones on the same network can open it; `publicUrl` is then the
 * address they use, written into survey QR codes and file links).
 */
export async function startLocalStack(opts: {
  port: number;
  dataDir: string;
  h5Dir: string;
  seed: boolean;
  host?: string;
  publicUrl?: string;
  clock?: Clock;
  /** Per caller and hour; defaults UPLOAD_MAX_FILES_PER_HOUR and UPLOAD_MAX_BYTES_PER_HOUR (tests lower them). */
  uploadLimits?: { files: number; bytes: number };
  /** Default: ZHUCUN_STORE, else sqlite. */
  store?: LocalStoreKind;
}): Promise<LocalStack> {
  const kind = opts.store ?? (process.env.ZHUCUN_STORE === 'cloudbase-emulator' ? 'cloudbase-emulator' : 'sqlite');
  if (process.env.ZHUCUN_STORE && !['sqlite', 'cloudbase-emulator'].includes(process.env.ZHUCUN_STORE)) {
    throw new Error(`ZHUCUN_STORE must be sqlite or cloudbase-emulator, not ${process.env.ZHUCUN_STORE}`);
  }
  const { store, close: closeStore } = await openStore(kind, opts.dataDir);
  const url = (opts.publicUrl ?? `http://127.0.0.1:${opts.port}`).replace(/\/+$/, '');
  const services = localServices(opts.dataDir, url, store);
  const now = opts.clock ?? localClock();
  if (opts.seed) {
    await seedDemo(store, now(), { admin: 'demo-admin', supervisor: 'demo-supervisor', fs: 'demo-fs', member: 'demo-member' }, services);
  }
  const functions: Record<string, (event: unknown, req: IncomingMessage) => Promise<unknown>> = {
    api: (event, req) => route(event, { openid: header(req, 'x-zhucun-openid'), now: clock(req, now), store, services, env: 'local', log: (l) => console.error(JSON.stringify(l)) }),
    scheduler: async (_event, req) => dispatch(JOBS, { store, services, now: clock(req, now), log: (l) => console.error(JSON.stringify(l)) }),
  };
  // Like the cloud's timer trigger: run due jobs every ZHUCUN_SCHEDULER_EVERY_S seconds (0 = off).
  const everyS = Number(process.env.ZHUCUN_SCHEDULER_EVERY_S ?? 60);
  const tick = () =>
    dispatch(JOBS, { store, services, now: now(), log: (l) => (l.note || !l.ok) && console.log(`定时任务 ${l.job}：${l.note ?? l.error}`) }).catch((e) => console.error(e));
  const timer = everyS > 0 ? setInterval(tick, everyS * 1000) : null;
  const first = everyS > 0 ? setTimeout(tick, 5000) : null; // soon after start, so a demo sees today's due jobs
  timer?.unref();
  first?.unref();
  const server = createServer((req, res) => {
    handleRequest(req, res).catch((e) => {
      console.error(e);
      send(res, 500, { ok: false, error: { code: 'INTERNAL', message: '系统开小差了，请稍后再试。' } });
    });
  });
  /** Files and bytes uploaded per caller in the current hour (the local stand-in keeps them in memory). */
  const uploads = new Map<string, { hour: string; files: number; bytes: number }>();
  const limits = opts.uploadLimits ?? { files: UPLOAD_MAX_FILES_PER_HOUR, bytes: UPLOAD_MAX_BYTES_PER_HOUR };
  async function handleRequest(req: IncomingMessage, res: ServerResponse) {
    // Decoded once and normalised before any check: '/files/%75ploads/…' and '/files/./uploads/…' are '/files/uploads/…'.
    const path = requestPath(req.url ?? '/');
    if (path === null) return send(res, 400, { ok: false, error: { code: 'BAD_REQUEST', message: '地址格式不对。' } });
    if (req.method === 'GET' && path === '/healthz') return send(res, 200, { ok: true });
    const fn = /^\/fn\/([a-z]+)$/.exec(path);
    if (fn) {
      if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'BAD_REQUEST', message: '请用 POST 调用。' } });
      const handler = functions[fn[1]];
      if (!handler) return send(res, 404, { ok: false, error: { code: 'UNKNOWN_ACTION', message: '没有这个云函数。' } });
      const body = await readBody(req);
      if (body === null) return send(res, 413, { ok: false, error: { code: 'BAD_REQUEST', message: '请求太大。' } });
      let event: unknown;
      try {
        event = JSON.parse(body || '{}');
      } catch {
        return send(res, 200, { ok: false, error: { code: 'BAD_REQUEST', message: '请求格式不对，请刷新后重试。' } });
      }
      return send(res, 200, await handler(event, req));
    }
    if (path === '/upload') {
      if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'BAD_REQUEST', message: '请用 POST 上传。' } });
      return upload(req, res);
    }
    // The public record of the lottery (摇号): the JSON the handlers wrote to storage, open to anyone.
    if (req.method === 'GET' && path.startsWith('/public/draws/')) {
      return serveFile(req, res, join(opts.dataDir, 'files', 'public', 'draws'), path.slice('/public/draws/'.length), false);
    }
    if (req.method === 'GET' && (path === '/files' || path.startsWith('/files/'))) {
      const rel = path.slice('/files/'.length);
      // Uploaded rosters hold names and phone numbers: they are read by the import, never served
      // (compared without case: some file systems ignore it).
      if (isUnder(rel, 'uploads')) return send(res, 404, NOT_FOUND);
      return serveFile(req, res, join(opts.dataDir, 'files'), rel, false);
    }
    if (req.method === 'GET') return serveFile(req, res, opts.h5Dir, path === '/' ? 'index.html' : path.slice(1), true);
    return send(res, 404, NOT_FOUND);
  }
  /**
   * The local stand-in for `Taro.cloud.uploadFile`: the raw body is the file (an .xlsx roster), stored
   * under the data folder's files/uploads/ with a random name; answers `{ ok: true, data: { fileId } }`.
   */
  async function upload(req: IncomingMessage, res: ServerResponse) {
    const openid = header(req, 'x-zhucun-openid');
    if (!openid) return send(res, 401, { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先选择体验身份，再上传文件。' } });
    // Only a county admin uploads (rosters); anyone else is refused before a byte is stored.
    const { grants } = await loadIdentity(store, openid);
    if (!grants.some((g) => g.role === 'county_admin')) {
      req.resume();
      return send(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: '只有县级管理员可以上传花名册。' } });
    }
    const hour = shanghaiHour(clock(req, now));
    let used = uploads.get(openid);
    if (used?.hour !== hour) uploads.set(openid, (used = { hour, files: 0, bytes: 0 }));
    const tooMany = { ok: false, error: { code: 'RATE_LIMITED', message: `一小时内最多上传${limits.files}个文件、共${megabytes(limits.bytes)}，请过一小时再试。` } };
    if (used.files >= limits.files || used.bytes >= limits.bytes) {
      req.resume();
      return send(res, 429, tooMany);
    }
    // Every attempt counts, with the bytes it sent (a refused one too); the slot is taken before reading.
    used.files += 1;
    const bytes = await readBytes(req, MAX_UPLOAD);
    used.bytes += bytes?.length ?? MAX_UPLOAD;
    if (bytes === null) return send(res, 413, { ok: false, error: { code: 'VALIDATION', message: ROSTER_FILE_TOO_LARGE } });
    if (used.bytes > limits.bytes) return send(res, 429, tooMany);
    if (bytes.length === 0) return send(res, 400, { ok: false, error: { code: 'VALIDATION', message: '文件是空的，请重新选择文件上传。' } });
    const fileId = await services.files.put(`uploads/${randomBytes(16).toString('hex')}.xlsx`, bytes, 'application/octet-stream');
    return send(res, 200, { ok: true, data: { fileId } });
  }
  await new Promise<void>((ok) => server.listen(opts.port, opts.host ?? '127.0.0.1', ok));
  return {
    url,
    close: () => new Promise<void>((ok) => (timer && clearInterval(timer), first && clearTimeout(first), server.close(() => (closeStore(), ok())))),
  };
}

const megabytes = (n: number) => (n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)}MB` : `${Math.max(1, Math.round(n / 1024))}KB`);

function header(req: IncomingMessage, name: string): string {
  const v = req.headers[name];
  return (Array.isArray(v) ? v[0] : v ?? '').trim();
}

/** `X-Zhucun-Now` sets the server clock for one request (demos and tests); otherwise the stack's clock. Local stack only. */
function clock(req: IncomingMessage, now: Clock): Date {
  const v = header(req, 'x-zhucun-now');
  const t = v ? new Date(v) : now();
  return Number.isNaN(t.getTime()) ? now() : t;
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const bytes = await readBytes(req, MAX_BODY);
  return bytes === null ? null : bytes.toString('utf8');
}

/** The whole body, or null when it is larger than `max` (read to the end either way, so the answer reaches the client). */
function readBytes(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= max) chunks.push(c);
      else chunks.length = 0;
    });
    req.on('end', () => ok(size > max ? null : Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * The request's path, percent-decoded exactly once and normalised ('.', '..' and repeated
 * slashes resolved against the root, so nothing climbs above it); null for a malformed escape,
 * a backslash or a NUL, which no honest link holds.
 */
export function requestPath(url: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (/[\\\0]/.test(decoded)) return null;
  return posix.normalize(`/${decoded}`);
}

/** True when `rel` (relative, normalised) is `dir` or inside it, compared without case. */
function isUnder(rel: string, dir: string): boolean {
  const r = rel.toLowerCase();
  return r === dir || r.startsWith(`${dir}/`);
}

/** Serves `rel` from inside `root` only (never above it); the H5 app falls back to its index.html. */
function serveFile(req: IncomingMessage, res: ServerResponse, root: string, rel: string, spa: boolean) {
  const base = resolve(root);
  const file = resolve(base, rel);
  const inside = file === base || file.startsWith(base + sep);
  if (!inside || !existsSync(file) || !statSync(file).isFile()) {
    const index = join(base, 'index.html');
    if (spa && inside && !extname(rel) && existsSync(index)) return pipe(req, res, index);
    return send(res, 404, NOT_FOUND);
  }
  return pipe(req, res, file);
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);
/** Build output names carry a content hash (e.g. app.3f9c2a1b.js): cache those for good, nothing else. */
const HASHED = /\.[0-9a-f]{8,}\.(js|css)$/;

/** Weak village networks: text is gzipped and hashed assets are cached, as any production host would. */
function pipe(req: IncomingMessage, res: ServerResponse, file: string) {
  const ext = extname(file);
  const headers: Record<string, string> = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(header(req, 'accept-encoding'));
  if (gzip) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
  res.writeHead(200, headers);
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}
