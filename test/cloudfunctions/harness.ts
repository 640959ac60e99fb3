import { route } from '../../cloudfunctions/api/app';
import { CloudbaseDriver, ensureCollections } from '../../cloudfunctions/common/store/cloudbase';
import type { DocDriver } from '../../cloudfunctions/common/store/driver';
import { SqliteDriver } from '../../cloudfunctions/common/store/sqlite';
import { CloudbaseEmulator } from '../../dev/cloudbase-emulator';
import { FileMissing, type Services } from '../../cloudfunctions/common/services';
import { seedDemo } from '../../dev/seed';

export const NOW = new Date('2026-11-20T03:00:00Z'); // 11:00 in Shanghai, a Friday

/**
 * The store every handler test runs on: SQLite in memory (default), or the production CloudBase
 * driver over the CloudBase emulator with `ZHUCUN_TEST_STORE=cloudbase-emulator` (`npm test` runs
 * the handler suites both ways).
 */
export type TestStoreKind = 'sqlite' | 'cloudbase-emulator';
export const TEST_STORE: TestStoreKind = process.env.ZHUCUN_TEST_STORE === 'cloudbase-emulator' ? 'cloudbase-emulator' : 'sqlite';

/** A fresh, empty store of the kind under test (every product collection exists). */
export async function testStore(kind: TestStoreKind = TEST_STORE): Promise<DocDriver> {
  if (kind === 'sqlite') return new SqliteDriver(':memory:');
  const db = new CloudbaseEmulator();
  await ensureCollections(db);
  return new CloudbaseDriver(db, { sdk: 'node-sdk' });
}

/** Services with an in-memory file store: `put` and `upload` keep the bytes that `read` answers. */
export function testServices() {
  const files = new Map<string, Buffer>();
  let uploads = 0;
  const services: Services = {
    files: {
      put: async (p, bytes) => {
        files.set(`test:${p}`, bytes);
        return `test:${p}`;
      },
      urls: async (ids) => ids,
      read: async (id) => {
        const bytes = files.get(id);
        if (!bytes) throw new FileMissing(id);
        return bytes;
      },
      remove: async (id) => void files.delete(id),
    },
    codes: { unlimited: async () => Buffer.from('png') },
    delivery: { send: async () => true },
  };
  /** What the client's upload does before `roster.import`: the file goes to storage, its fileId comes back. */
  const upload = async (bytes: Buffer): Promise<string> => {
    const fileId = `local:uploads/t${++uploads}.xlsx`;
    files.set(fileId, bytes);
    return fileId;
  };
  return { services, files, upload };
}

/**
 * A seeded in-memory store and a caller for in-process handler tests, at NOW unless `at` says
 * otherwise. With `asLocalStack`, the seed also raises the alerts the local stack's demo starts with.
 */
export async function seeded(at: Date = NOW, opts: { asLocalStack?: boolean } = {}) {
  const store = await testStore();
  const { services, files, upload } = testServices();
  await seedDemo(store, at, { admin: 'demo-admin', supervisor: 'demo-supervisor', fs: 'demo-fs', member: 'demo-member' }, opts.asLocalStack ? services : undefined);
  const call = (openid: string, action: string, data?: unknown, now = at) =>
    route({ action, data }, { openid, now, store, services, env: 'local' }) as Promise<
      { ok: true; data: any } | { ok: false; error: { code: string; message: string; details?: any[] } } // eslint-disable-line @typescript-eslint/no-explicit-any
    >;
  /** Uploads a roster file (base64, as the tests build it) and imports it by its fileId. */
  const importRoster = async (base64: string, openid = 'demo-admin') =>
    call(openid, 'roster.import', { fileId: await upload(Buffer.from(base64, 'base64')) });
  return { store, call, upload, importRoster, files };
}
