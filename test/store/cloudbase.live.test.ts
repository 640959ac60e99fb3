/**
 * The DocDriver contract against a REAL CloudBase environment. Opt-in: runs only when
 *   ZHUCUN_TCB_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY
 * are set (optionally TENCENTCLOUD_SESSIONTOKEN, and ZHUCUN_TCB_PREFIX, default `ztest_`).
 * It uses dedicated collections `<prefix>jobs` and `<prefix>config` (created if missing), a
 * per-run tag on every document, and removes what it wrote at the end. Then it checks what the
 * CloudBase emulator (dev/cloudbase-emulator) guesses about the server (emulator-guesses.ts): a
 * failure there means the emulator guessed wrong and must be corrected.
 * Costs roughly 1,100 writes and a few hundred reads of the environment's daily quota.
 */
import tcb from '@cloudbase/node-sdk';
import { CloudbaseDriver, ensureCollections, type CbDatabase } from '../../cloudfunctions/common/store/cloudbase';
import { describeDriverContract } from './contract';
import { describeEmulatorGuesses } from './emulator-guesses';

const env = process.env.ZHUCUN_TCB_ENV;
const secretId = process.env.TENCENTCLOUD_SECRETID;
const secretKey = process.env.TENCENTCLOUD_SECRETKEY;
const prefix = process.env.ZHUCUN_TCB_PREFIX ?? 'ztest_';

if (env && secretId && secretKey) {
  let db: CbDatabase;
  describeDriverContract(
    `cloudbase live (${env}, prefix ${prefix})`,
    async () => {
      const app = tcb.init({ env, secretId, secretKey, sessionToken: process.env.TENCENTCLOUD_SESSIONTOKEN, timeout: 30000 });
      db = app.database() as unknown as CbDatabase;
      await ensureCollections(db, { prefix, names: ['jobs', 'config'] });
      return new CloudbaseDriver(db, { prefix, sdk: 'node-sdk' });
    },
    {
      timeoutMs: 300_000,
      teardown: async (d, written) => {
        for (const { coll, id } of written) await d.remove(coll, id).catch(() => undefined);
      },
    },
  );
  describeEmulatorGuesses(
    `live (${env})`,
    async () => {
      const app = tcb.init({ env, secretId, secretKey, sessionToken: process.env.TENCENTCLOUD_SESSIONTOKEN, timeout: 30000 });
      const live = app.database() as unknown as CbDatabase;
      await ensureCollections(live, { prefix, names: ['jobs'] });
      return { db: live, coll: (c: string) => prefix + c };
    },
    120_000,
  );
} else {
  const missing = [
    ['ZHUCUN_TCB_ENV', env],
    ['TENCENTCLOUD_SECRETID', secretId],
    ['TENCENTCLOUD_SECRETKEY', secretKey],
  ]
    .filter(([, v]) => !v)
    .map(([k]) => k);
  const reason = `cloudbase live contract skipped: set ${missing.join(', ')} to run it`;
  console.info(reason);
  describe.skip(`DocDriver contract: cloudbase live — skipped, set ${missing.join(', ')} to run`, () => {
    test.todo('runs the DocDriver contract against a real CloudBase environment');
  });
}
