import { route } from '../../cloudfunctions/api/app';
import { SqliteDriver } from '../../cloudfunctions/common/store/sqlite';
import type { Services } from '../../cloudfunctions/common/services';
import { seedDemo } from '../../dev/seed';

export const NOW = new Date('2026-11-20T03:00:00Z'); // 11:00 in Shanghai, a Friday

const services: Services = {
  files: { put: async (p) => `test:${p}`, urls: async (ids) => ids },
  codes: { unlimited: async () => Buffer.from('png') },
  delivery: { send: async () => true },
};

/** A seeded in-memory store and a caller for in-process handler tests. */
export async function seeded() {
  const store = new SqliteDriver(':memory:');
  await seedDemo(store, NOW, { admin: 'demo-admin', supervisor: 'demo-supervisor', fs: 'demo-fs', member: 'demo-member' });
  const call = (openid: string, action: string, data?: unknown, now = NOW) =>
    route({ action, data }, { openid, now, store, services, env: 'local' }) as Promise<
      { ok: true; data: any } | { ok: false; error: { code: string; message: string; details?: any[] } } // eslint-disable-line @typescript-eslint/no-explicit-any
    >;
  return { store, call };
}
