// The production Taro builds the benchmarks measure: an existing one handed in through
// BENCH_WEAPP_DIR / BENCH_H5_DIR (as `npm run bench` does), else a fresh one in a temporary folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const kept = (dir) => ({ dir, cleanup: () => {} });

/**
 * Builds `type` ('weapp' or 'h5') for production into a new temporary folder: { dir, cleanup } where
 * cleanup removes it; null, with a hint printed, when the build fails.
 */
export function freshBuild(type) {
  const dir = mkdtempSync(join(tmpdir(), `zhucun-bench-${type}-`));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const r = spawnSync('npx', ['taro', 'build', '--type', type], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production', ZHUCUN_OUT: dir } });
  if (r.status !== 0) {
    console.log(`${type} build failed; run \`npx taro build --type ${type}\` to see why`);
    cleanup();
    return null;
  }
  return { dir, cleanup };
}

/** The weapp build to measure: BENCH_WEAPP_DIR when set (left in place), else a fresh build (see freshBuild). */
export function weappBuildDir() {
  const given = process.env.BENCH_WEAPP_DIR;
  return given ? kept(given) : freshBuild('weapp');
}

/** The H5 build to serve: BENCH_H5_DIR when it holds an index.html (left in place), else a fresh build (see freshBuild). */
export function h5BuildDir() {
  const given = process.env.BENCH_H5_DIR;
  return given && existsSync(join(given, 'index.html')) ? kept(given) : freshBuild('h5');
}
