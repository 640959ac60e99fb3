// `npm run bench`: speed and size, printed next to their baselines and limits; never asserted.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const runs = [
  ['npx', ['tsx', 'bench/county-month.bench.ts']],
  ['node', ['bench/weapp-size.mjs']],
  ...readdirSync('bench')
    .filter((f) => f.endsWith('.bench.mjs'))
    .map((f) => ['node', [`bench/${f}`]]),
  ...(existsSync('scripts/bench-survey.mjs') ? [['node', ['scripts/bench-survey.mjs']]] : []),
];
for (const [cmd, args] of runs) {
  console.log(`\n# ${args.join(' ')}`);
  spawnSync(cmd, args, { stdio: 'inherit' });
}
