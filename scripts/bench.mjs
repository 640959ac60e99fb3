// `npm run bench`: speed and size, printed next to their baselines and limits; never asserted.
// Builds weapp and H5 once into temporary folders and hands them to every measurement.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const builds = {};
for (const type of ['weapp', 'h5']) {
  const dir = mkdtempSync(join(tmpdir(), `zhucun-bench-${type}-`));
  console.log(`building ${type}…`);
  const r = spawnSync('npx', ['taro', 'build', '--type', type], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production', ZHUCUN_OUT: dir } });
  if (r.status !== 0) {
    console.log(`${type} build failed; run \`npx taro build --type ${type}\` to see why`);
    process.exit(1);
  }
  builds[type] = dir;
}
const env = { ...process.env, BENCH_WEAPP_DIR: builds.weapp, BENCH_H5_DIR: builds.h5 };

const runs = [
  ['npx', ['tsx', 'bench/county-month.bench.ts']],
  ['node', ['bench/weapp-size.mjs']],
  ['node', ['scripts/bench-survey.mjs']],
  ...readdirSync('bench')
    .filter((f) => f.endsWith('.bench.mjs'))
    .map((f) => ['node', [`bench/${f}`]]),
];
try {
  for (const [cmd, args] of runs) {
    console.log(`\n# ${args.join(' ')}`);
    spawnSync(cmd, args, { stdio: 'inherit', env });
  }
} finally {
  for (const dir of Object.values(builds)) rmSync(dir, { recursive: true, force: true });
}
