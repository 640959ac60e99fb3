// Sizes of the weapp build, per package, next to WeChat's limits (main package 2 MB, each
// subpackage 2 MB, whole app 20 MB) and our own budget for the villager survey (150 KB).
// Builds into a temporary folder unless BENCH_WEAPP_DIR points at an existing build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { weappBuildDir } from './builds.mjs';

const build = weappBuildDir();
if (!build) process.exit(1);
const { dir } = build;

const files = [];
(function walk(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (!e.name.endsWith('.map')) files.push([relative(dir, p).replace(/\\/g, '/'), statSync(p).size]);
  }
})(dir);

const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8'));
const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/?$/, '/'));
const sizes = new Map([['main', 0], ...roots.map((r) => [r, 0])]);
for (const [f, size] of files) {
  const root = roots.find((r) => f.startsWith(r)) ?? 'main';
  sizes.set(root, sizes.get(root) + size);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const limit = (root) => (root === 'packages/survey/' ? 150 * 1024 : 2048 * 1024);
console.log('weapp package sizes (limit: WeChat 2 MB per package; survey budget 150 KB)');
for (const [root, size] of sizes) {
  const l = limit(root);
  console.log(`  ${root.padEnd(24)} ${kb(size).padStart(10)}   limit ${kb(l).padStart(10)}   ${((size / l) * 100).toFixed(0)}%${size > l ? '  OVER' : ''}`);
}
const total = [...sizes.values()].reduce((a, b) => a + b, 0);
console.log(`  ${'total'.padEnd(24)} ${kb(total).padStart(10)}   limit ${kb(20 * 1024 * 1024).padStart(10)}`);
build.cleanup();
