// 投诉建议 in the browser on the local stack: a villager (no account) chooses the county, then the
// village, and sends an anonymous complaint about it; the county admin sees it without any identity,
// answers and closes it; the villager reads the answer. Screenshots: test-results/e2e/feedback-*.png.
import { button, enterAs, runJourney } from './stack.mjs';

const TEXT = '村务公开栏的帮扶资金半年没有更新。';
const REPLY = '已请镇里核实，本周内更新公示。';

/** Taro's H5 page scrolls inside its own container: grow the viewport so the screenshot shows it all. */
async function showWholePage(page) {
  const h = await page.evaluate(() => Math.max(...[...globalThis.document.querySelectorAll('.page')].map((e) => e.scrollHeight), globalThis.document.body.scrollHeight));
  await page.setViewportSize({ width: 390, height: Math.min(Math.max(h + 160, 844), 6000) });
  await page.waitForTimeout(300);
}

await runJourney('feedback', [
  [
    'feedback-1-villager-sends',
    async (page, { base }) => {
      await enterAs(page, base, '村民，无角色');
      await page.locator('.card', { hasText: '投诉建议' }).first().click();
      await page.getByText('我要反映', { exact: true }).waitFor({ timeout: 20000 });
      await page.locator('.chip', { hasText: '投诉' }).first().click();
      await page.locator('textarea').first().fill(TEXT);
      // First the county (the demo has two), then the village of that county.
      await page.getByText('先选择所在的县（区）').click();
      await page.locator('text=确定 >> visible=true').first().click();
      await page.locator('.fb-picker', { hasText: '长沙县' }).waitFor({ timeout: 10000 });
      await page.getByText('选择所在的村（必选）').click();
      await page.locator('text=确定 >> visible=true').first().click();
      await page.getByText('城关镇 · 红旗村').first().waitFor({ timeout: 10000 });
      await page.locator('.chip', { hasText: '匿名' }).click();
      await button(page, '提交').click();
      await page.getByText('已提交，县委组织部会尽快答复。').waitFor({ timeout: 15000 });
      await page.locator('.fb-item', { hasText: TEXT }).waitFor();
      await showWholePage(page);
    },
  ],
  [
    'feedback-2-admin-answers',
    async (page, { base }) => {
      await enterAs(page, base, '县级管理员');
      await page.locator('.role-tabbar__item', { hasText: '我的' }).click();
      await page.getByText('处理群众投诉建议').click();
      const card = page.locator('.card', { hasText: TEXT }).first();
      await card.waitFor({ timeout: 20000 });
      if (!(await card.innerText()).includes('匿名')) throw new Error('the anonymous item shows an identity');
      await card.getByText('答复 ›').click();
      await card.locator('textarea').fill(REPLY);
      await card.locator('taro-button-core', { hasText: '答复并办结' }).click();
      await page.locator('.card', { hasText: TEXT }).first().waitFor({ state: 'detached', timeout: 15000 });
      await page.locator('.chip', { hasText: '已办结' }).click();
      await page.getByText(REPLY).first().waitFor({ timeout: 15000 });
    },
  ],
  [
    'feedback-3-villager-reads-answer',
    async (page, { base }) => {
      await enterAs(page, base, '村民，无角色');
      await page.locator('.card', { hasText: '投诉建议' }).first().click();
      await page.getByText(REPLY).first().waitFor({ timeout: 20000 });
      await page.getByText('已办结').first().waitFor();
      await showWholePage(page);
    },
  ],
]);
