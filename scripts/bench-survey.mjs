/* global document, window, getComputedStyle, performance, requestAnimationFrame */
// Measures the villager survey's two budgets and prints them (never asserts):
//  1. the survey subpackage of a weapp build (budget 150 KB), built in a temporary ZHUCUN_OUT
//     folder (or BENCH_WEAPP_DIR, an existing build);
//  2. the H5 survey page on a throttled 3G profile (Chromium CDP Network.emulateNetworkConditions):
//     time from navigation to the first screen ('开始答题') and bytes transferred (budget 3 s).
// Usage: node scripts/bench-survey.mjs   (BENCH_H5_DIR / BENCH_WEAPP_DIR reuse existing builds)
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { h5BuildDir, weappBuildDir } from '../bench/builds.mjs';
import { launchBrowser } from '../test/e2e/stack.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function weappSurveySize() {
  const build = weappBuildDir();
  if (!build) return;
  const root = join(build.dir, 'packages', 'survey');
  const files = [];
  (function walk(d) {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.name.endsWith('.map')) files.push([relative(root, p), statSync(p).size]);
    }
  })(root);
  const total = files.reduce((a, [, s]) => a + s, 0);
  console.log(`weapp survey subpackage: ${kb(total)} (budget 150 KB, ${((total / (150 * 1024)) * 100).toFixed(0)}%)`);
  for (const [f, s] of files.sort((a, b) => b[1] - a[1])) console.log(`  ${f.padEnd(40)} ${kb(s).padStart(10)}`);
  build.cleanup();
}

// Chrome DevTools' network presets (throughput in bytes/s, latency in ms).
const PROFILES = {
  '3G (DevTools "Fast 3G")': { latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 },
  'Slow 3G (DevTools)': { latency: 2000, downloadThroughput: (500 * 1024 * 0.8) / 8, uploadThroughput: (500 * 1024 * 0.8) / 8 },
};

/** The local stack over an H5 build (made here in a temporary folder unless BENCH_H5_DIR is given). */
async function serveH5() {
  const build = h5BuildDir();
  if (!build) throw new Error('H5 build failed');
  const h5 = build.dir;
  const temp = mkdtempSync(join(tmpdir(), 'zhucun-survey-bench-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = spawn('npx', ['tsx', 'dev/main.ts'], {
    env: { ...process.env, PORT: String(port), ZHUCUN_DATA_DIR: join(temp, 'data'), ZHUCUN_H5_DIR: h5 },
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(temp, { recursive: true, force: true });
    build.cleanup();
  };
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) return { base, h5, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error('local stack did not start');
}

/**
 * In the page: when the start button ('开始答题') is first drawn visible, in ms since navigation
 * started, checked on every frame. (Playwright's own waiting polls every 500 ms after a while,
 * which would add up to half a second of noise to a 3 s budget.)
 */
function firstScreenAt() {
  return new Promise((resolve) => {
    const check = () => {
      const button = [...document.querySelectorAll('taro-button-core, button')].find((b) => b.textContent.includes('开始答题'));
      const box = button?.getBoundingClientRect();
      if (box && box.height > 0 && getComputedStyle(button).visibility !== 'hidden') resolve(Math.round(performance.now()));
      else requestAnimationFrame(check);
    };
    check();
  });
}

const RUNS = 3;

/** One cold load of the survey link under a network profile; `early: false` ignores index.html's early call. */
async function firstScreen(browser, url, profile, early) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await ctx.newPage();
    if (!early) await page.addInitScript(() => Object.defineProperty(window, '__zhucunEarly', { get: () => undefined, set: () => {} }));
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
    await page.goto(url, { waitUntil: 'commit' });
    const ms = await page.evaluate(firstScreenAt);
    return { ms, bytes };
  } finally {
    await ctx.close();
  }
}

async function h5LoadTimes() {
  const stack = await serveH5();
  const browser = await launchBrowser();
  try {
    const post = (action, data) =>
      fetch(`${stack.base}/fn/api`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Zhucun-Openid': 'demo-supervisor' }, body: JSON.stringify({ action, data }) }).then((r) => r.json());
    const list = await post('survey.listCampaigns', {});
    const c = list.data.campaigns[0];
    const code = await post('survey.code', { campaignId: c.id, villageId: c.villages[0].id });
    // The local stack serves the build gzipped, as a production web host would.
    const url = `${stack.base}${code.data.link}`;
    for (const [name, profile] of Object.entries(PROFILES)) {
      for (const [variant, early] of [['as shipped', true], ['baseline: survey.open after the app', false]]) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await firstScreen(browser, url, profile, early));
        const times = runs.map((r) => r.ms).sort((a, b) => a - b);
        const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
        console.log(`H5 survey first screen, ${name}, ${variant}: median ${s(times[times.length >> 1])} (${times.map(s).join(', ')}), ${kb(runs[0].bytes)} transferred (budget 3 s on 3G)`);
      }
    }
  } finally {
    await browser.close();
    stack.stop();
  }
}

weappSurveySize();
await h5LoadTimes();
process.exit(0);
