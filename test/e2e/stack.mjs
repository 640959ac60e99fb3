// Shared by every browser journey: starts the real local stack (`node scripts/start.mjs`: H5 build
// when stale + the api function on SQLite with the demo seed) on a free port and a fresh data
// folder, launches Debian's Chromium, and offers the small steps every journey repeats.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const SHOTS = 'test-results/e2e';

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Starts the local stack; resolves once healthy and serving the H5 app. */
export async function startStack() {
  const port = Number(process.env.E2E_PORT) || (await freePort());
  const base = `http://127.0.0.1:${port}`;
  mkdirSync(SHOTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'zhucun-e2e-'));
  // Own process group, so the build and the server it starts are stopped together.
  const server = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: String(port), ZHUCUN_DATA_DIR: dataDir },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  let exited = false;
  server.on('exit', () => (exited = true));
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('exit', stop);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

  const until = Date.now() + 420_000; // a first run may rebuild the H5 app
  for (;;) {
    if (exited) throw new Error('local stack exited before it became healthy');
    try {
      if ((await fetch(`${base}/healthz`)).ok && (await fetch(`${base}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`local stack not healthy at ${base}/healthz within 420 s`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, dataDir, stop };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Taro renders buttons as <taro-button-core>. */
export const button = (page, text) => page.locator('taro-button-core', { hasText: text }).first();

/** Opens the app and enters as a demo role through '选择体验身份'. */
export async function enterAs(page, base, roleButton) {
  await page.goto(base);
  const title = page.getByText('选择体验身份');
  if (!(await title.waitFor({ timeout: 20000 }).then(() => true, () => false))) {
    await page.reload(); // once: a first load can race a concurrent H5 rebuild
    await title.waitFor({ timeout: 20000 });
  }
  await button(page, roleButton).click();
}

/**
 * Runs named steps in order, screenshots each to test-results/e2e/<name>.png (or <name>-failed.png),
 * prints `N passed, M failed` and exits non-zero on failure. A journey's later steps are skipped
 * once one fails, since they build on it.
 */
export async function runJourney(title, steps) {
  let passed = 0;
  let failed = 0;
  let stack;
  let browser;
  try {
    stack = await startStack();
    browser = await launchBrowser();
    const ctx = { base: stack.base, browser };
    for (const [name, fn] of steps) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      try {
        await fn(page, ctx);
        await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
        console.log(`ok   ${title}: ${name} -> ${SHOTS}/${name}.png`);
        passed++;
      } catch (e) {
        await page.screenshot({ path: `${SHOTS}/${name}-failed.png`, fullPage: true }).catch(() => {});
        console.log(`FAIL ${title}: ${name}: ${String(e.message).split('\n')[0]}`);
        failed++;
        break;
      } finally {
        await page.close();
      }
    }
  } catch (e) {
    console.log(`FAIL ${title} setup: ${e.message}`);
    failed++;
  } finally {
    await browser?.close().catch(() => {});
    stack?.stop();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
