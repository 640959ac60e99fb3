// `npm run bench`: speed and size, printed next to their baselines and limits; never asserted.
// Builds weapp and H5 once into temporary folders and hands them to every measurement.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { freshBuild } from '../bench/builds.mjs';

const builds = {};
for (const type of ['weapp', 'h5']) {
  console.log(`building ${type}…`);
  const build = freshBuild(type);
  if (!build) {
    for (const made of Object.values(builds)) made.cleanup();
    process.exit(1);
  }
  builds[type] = build;
}
const env = { ...process.env, BENCH_WEAPP_DIR: builds.weapp.dir, BENCH_H5_DIR: builds.h5.dir };

const runs = [
  ['npx', ['tsx', 'bench/province.bench.ts']],
  ['npx', ['tsx', 'bench/clock-in-load.bench.ts']],
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
  for (const build of Object.values(builds)) build.cleanup();
}
