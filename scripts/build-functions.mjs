// Bundles each cloud function with the shared code it imports into dist/cloudfunctions/<name>/,
// beside a package.json (SDKs installed in the cloud) and a config.json (trigger, permissions).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const dep = (n) => pkg.dependencies[n];
const functions = {
  api: {
    dependencies: { 'wx-server-sdk': dep('wx-server-sdk'), exceljs: dep('exceljs'), qrcode: dep('qrcode') },
    config: { permissions: { openapi: ['wxacode.getUnlimited', 'subscribeMessage.send'] }, timeout: 20 },
  },
  scheduler: {
    dependencies: { 'wx-server-sdk': dep('wx-server-sdk') },
    config: {
      permissions: { openapi: ['subscribeMessage.send'] },
      triggers: [{ name: 'tick', type: 'timer', config: '0 */5 * * * * *' }],
      timeout: 60,
    },
  },
};

for (const [name, f] of Object.entries(functions)) {
  const out = `dist/cloudfunctions/${name}`;
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [`cloudfunctions/${name}/index.ts`],
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    outfile: `${out}/index.js`,
    external: Object.keys(f.dependencies),
    logLevel: 'warning',
  });
  writeFileSync(`${out}/package.json`, JSON.stringify({ name, version: pkg.version, main: 'index.js', private: true, dependencies: f.dependencies }, null, 2));
  writeFileSync(`${out}/config.json`, JSON.stringify(f.config, null, 2));
  console.log(`built ${out}`);
}
