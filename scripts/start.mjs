// `npm start`: builds the H5 app when missing or older than its sources, then serves the local stack.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
// ZHUCUN_H5_DIR serves (and builds) the H5 app from another folder than dist/h5.
const h5Dir = process.env.ZHUCUN_H5_DIR ?? 'dist/h5';
const built = existsSync(join(h5Dir, 'index.html')) ? statSync(join(h5Dir, 'index.html')).mtimeMs : 0;
if (built < Math.max(newest('src'), newest('types'), newest('config'))) {
  console.log('正在构建 H5 应用（首次约半分钟）…');
  const r = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', ZHUCUN_OUT: h5Dir } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const r = spawnSync('npx', ['tsx', 'dev/main.ts'], { stdio: 'inherit', env: { ...process.env, ZHUCUN_H5_DIR: h5Dir } });
process.exit(r.status ?? 0);
