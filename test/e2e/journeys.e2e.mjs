// Browser journeys against the real local stack (H5 build + the api function on SQLite):
// each demo role enters through '选择体验身份' and sees its home with data; the first
// secretary clocks in. Screenshots go to test-results/e2e/.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const port = 8800 + (process.pid % 100);
const base = `http://127.0.0.1:${port}`;
const shots = 'test-results/e2e';
mkdirSync(shots, { recursive: true });

const server = spawn('npx', ['tsx', 'dev/main.ts'], {
  env: { ...process.env, PORT: String(port), ZHUCUN_DATA_DIR: mkdtempSync(join(tmpdir(), 'zhucun-e2e-')) },
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stop);

async function waitHealthy() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('local stack did not start');
}

const journeys = [
  { role: '县级管理员', file: 'county-admin', expect: ['长沙县', '城关镇'] },
  { role: '乡镇督导', file: 'supervisor', expect: ['红旗村', '新民村'] },
  { role: '第一书记', file: 'first-secretary', expect: ['红旗村', '本月'], then: clockIn },
  { role: '驻村工作队员', file: 'member', expect: ['红旗村'] },
  { role: '村民', file: 'villager', expect: ['邀请码'] },
];

async function clockIn(page) {
  await page.locator('taro-button-core', { hasText: '模拟位置' }).click();
  await page.getByText(/已打卡 \d\d:\d\d/).waitFor({ timeout: 15000 });
}

let passed = 0;
let failed = 0;
await waitHealthy();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const j of journeys) {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(base);
      await page.getByText('选择体验身份').waitFor({ timeout: 20000 });
      await page.locator('taro-button-core', { hasText: j.role }).first().click();
      for (const text of j.expect) await page.getByText(text).first().waitFor({ timeout: 20000 });
      if (j.then) await j.then(page);
      await page.screenshot({ path: `${shots}/${j.file}.png`, fullPage: true });
      console.log(`ok   ${j.role}`);
      passed++;
    } catch (e) {
      await page.screenshot({ path: `${shots}/${j.file}-failed.png`, fullPage: true }).catch(() => {});
      console.log(`FAIL ${j.role}: ${e.message.split('\n')[0]}`);
      failed++;
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  stop();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
