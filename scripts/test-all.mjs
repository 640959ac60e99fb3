// `npm test`: every check, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

/** Dates where calendars break: the 1st of a month, the day after a public holiday, a make-up Saturday, 31 December, 4 January of a year without holiday data. */
const DATE_MATRIX = [
  ['the 1st of a month', '2026-12-01T08:10:00+08:00'],
  ['the day after a public holiday', '2026-10-08T10:00:00+08:00'],
  ['a make-up Saturday', '2026-10-10T10:00:00+08:00'],
  ['31 December', '2026-12-31T19:00:00+08:00'],
  ['4 January of a year without holiday data', '2027-01-04T09:30:00+08:00'],
];
/** Every role's home, the cadre's day, the diary, the month with its flags, the supervisor's alerts and month. */
const DATED_JOURNEYS = ['roles.e2e.mjs', 'cadre-day.e2e.mjs', 'diary.e2e.mjs', 'my-month.e2e.mjs', 'supervision.e2e.mjs', 'supervisor-month.e2e.mjs'];

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['unit, handler and page tests (TZ=UTC)', 'npx', ['jest', '--selectProjects', 'node', 'pages'], { TZ: 'UTC' }],
  // The second pass changes two things at once, so CI time stays flat: the time zone (dates are
  // store-independent) and the store, now the production CloudBase driver over the CloudBase
  // emulator (dev/cloudbase-emulator). Every handler test thus runs on SQLite and on the emulator.
  [
    'domain core and handlers again (TZ=Asia/Shanghai, on the CloudBase driver over the CloudBase emulator)',
    'npx',
    ['jest', '--selectProjects', 'node', '--testPathPattern', 'test/(core|cloudfunctions)/'],
    { TZ: 'Asia/Shanghai', ZHUCUN_TEST_STORE: 'cloudbase-emulator' },
  ],
  ['kill -9 of the local stack during a write loop loses no acknowledged write', 'node', ['scripts/kill9-durability.mjs']],
  ['cloud function bundles', 'node', ['scripts/build-functions.mjs']],
  ['weapp build', 'npx', ['taro', 'build', '--type', 'weapp'], { NODE_ENV: 'production' }],
  ['weapp smoke test (miniprogram-simulate)', 'npx', ['jest', '--selectProjects', 'weapp']],
  ['H5 build', 'npx', ['taro', 'build', '--type', 'h5'], { NODE_ENV: 'production' }],
  // Every browser journey (Chromium against the local stack), one file each, on the real date.
  ...readdirSync('test/e2e')
    .filter((f) => f.endsWith('.e2e.mjs'))
    .sort()
    .map((f) => [`browser: ${f}`, 'node', [`test/e2e/${f}`]]),
  // The journeys whose story depends on the date, again with the local stack's clock pinned
  // (ZHUCUN_NOW) where calendars break. The handler suites do the same in test/cloudfunctions/any-date.test.ts.
  ...DATE_MATRIX.flatMap(([label, now]) =>
    DATED_JOURNEYS.map((f) => [`browser at ${label} (${now}): ${f}`, 'node', [`test/e2e/${f}`], { ZHUCUN_NOW: now }]),
  ),
];

let passed = 0;
for (const [name, cmd, args, env] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.log(`=== FAILED: ${name} (${secs} s)`);
    console.log(`${passed} passed, 1 failed`);
    process.exit(1);
  }
  console.log(`=== ok: ${name} (${secs} s)`);
  passed++;
}
console.log(`\n${passed} passed, 0 failed`);
