// Browser check of the offline clock-in and 本月: offline, the first secretary's clock-in waits on
// the phone (待上传) and is sent when the network returns; then she opens the month calendar from
// the tab bar and sees every day with a word for it, required vs done and the projection sentence; the township
// supervisor opens 核查提示 from 各村, sees the seeded mock-location hint with its evidence, and
// drills down into a cadre's month.
// Screenshots: test-results/e2e/my-month-*.png.
import { button, enterAs, runJourney, SHOTS } from './stack.mjs';

/** Waits for a locator; a failure names what was missing. */
async function see(locator, what, timeout = 15000) {
  try {
    await locator.waitFor({ timeout });
  } catch {
    throw new Error(`not shown: ${what}`);
  }
}

await runJourney('my-month', [
  [
    'my-month-offline-clock-in',
    async (page, { base }) => {
      await enterAs(page, base, '第一书记');
      await see(page.getByText('还没打卡').first(), 'not clocked in yet', 20000);
      await page.context().setOffline(true);
      await button(page, '模拟位置').click();
      await see(page.getByText('待上传').first(), 'the clock-in kept on the phone (待上传)');
      await page.screenshot({ path: `${SHOTS}/my-month-offline-waiting.png` });
      await page.context().setOffline(false); // the 'online' event sends it
      await see(page.getByText(/已打卡 \d\d:\d\d/).first(), 'clocked in after the network returned', 20000);
      if (await page.getByText('待上传').count()) throw new Error('still waiting after upload');
    },
  ],
  [
    'my-month-first-secretary',
    async (page, { base }) => {
      await enterAs(page, base, '第一书记');
      await page.getByText('红旗村').first().waitFor({ timeout: 20000 });
      await page.locator('.role-tabbar__item', { hasText: '本月' }).click();
      await see(page.getByText('我的本月'), '我的本月', 20000);
      const cells = page.locator('.month-grid__cell:not(.month-grid__cell--blank)');
      await see(cells.first(), 'calendar cells');
      const n = await cells.count();
      if (n < 28 || n > 31) throw new Error(`expected a month of days, saw ${n}`);
      for (const w of ['一', '二', '三', '四', '五', '六', '日']) await see(page.locator('.month-grid__head', { hasText: w }).first(), `weekday ${w}`);
      await see(page.locator('.month-grid__label', { hasText: '在村' }).first(), 'a day in the village');
      await see(page.getByText(/至少\d+天/).first(), 'required days');
      await see(page.locator('.month-projection'), 'projection sentence');
      await see(page.locator('.month-legend__mark').first(), 'legend');
      await button(page, '上个月').click();
      await see(page.getByText(/年\d+月/).first(), 'month title');
      await see(page.locator('.month-grid__label', { hasText: '在村' }).first(), 'previous month days');
    },
  ],
  [
    'my-month-supervisor-flags',
    async (page, { base }) => {
      await enterAs(page, base, '乡镇督导');
      // The villages page links here; the page is also reachable by its path.
      const link = page.getByText(/核查提示/).first();
      if (await link.waitFor({ timeout: 20000 }).then(() => true, () => false)) await link.click();
      else await page.goto(`${base}/#/packages/supervisor/pages/flags/index`);
      await see(page.getByText(/坐标多天完全相同/).first(), 'the mock-location flag', 20000);
      await see(page.getByText('相关记录').first(), 'evidence');
    },
  ],
  [
    'my-month-supervisor-drilldown',
    async (page, { base }) => {
      await enterAs(page, base, '乡镇督导');
      await see(page.getByText(/核查提示/).first(), 'the supervisor home', 20000);
      await page.goto(`${base}/#/packages/supervisor/pages/flags/index`);
      await see(page.getByText(/坐标多天完全相同/).first(), 'the mock-location flag', 20000);
      await button(page, '查看本月').first().click();
      await see(page.locator('.month-grid__cell').first(), 'the cadre month', 20000);
      await see(page.getByText(/的\d+月/).first(), 'cadre month title');
    },
  ],
]);
