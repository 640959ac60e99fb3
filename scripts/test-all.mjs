// `npm test`: every check, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['unit, handler and page tests (TZ=UTC)', 'npx', ['jest', '--selectProjects', 'node', 'pages'], { TZ: 'UTC' }],
  ['domain core and handlers again (TZ=Asia/Shanghai)', 'npx', ['jest', '--selectProjects', 'node', '--testPathPattern', 'test/(core|cloudfunctions)/'], { TZ: 'Asia/Shanghai' }],
  ['cloud function bundles', 'node', ['scripts/build-functions.mjs']],
  ['weapp build', 'npx', ['taro', 'build', '--type', 'weapp'], { NODE_ENV: 'production' }],
  ['weapp smoke test (miniprogram-simulate)', 'npx', ['jest', '--selectProjects', 'weapp']],
  ['H5 build', 'npx', ['taro', 'build', '--type', 'h5'], { NODE_ENV: 'production' }],
  // Every browser journey (Chromium against the local stack), one file each.
  ...readdirSync('test/e2e')
    .filter((f) => f.endsWith('.e2e.mjs'))
    .sort()
    .map((f) => [`browser: ${f}`, 'node', [`test/e2e/${f}`]]),
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
