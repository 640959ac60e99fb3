// The work diary in the browser, on the real local stack: the first secretary writes today's diary,
// records a household visit in person (demo position), saves (已保存), then amends a past day with a
// reason (补记). Every step runs at a set server time (storage key 'zhucun.now', sent as
// X-Zhucun-Now). Screenshots: test-results/e2e/diary-*.png.
import { button, enterAt, runJourney, tab, journeyNow, shanghaiDayOf } from './stack.mjs';

/** Today in Shanghai (the demo seed is built around the real day). */
const TODAY = shanghaiDayOf(journeyNow());
const at = (day, hhmm) => `${day}T${hhmm}:00+08:00`;

await runJourney('diary', [
  [
    'diary-1-write-and-visit',
    async (page, { base }) => {
      await enterAt(page, base, at(TODAY, '17:30'), '第一书记');
      await tab(page, '日志').click();
      const first = page.locator('textarea').first();
      await first.waitFor({ timeout: 20000 });
      await first.fill('上午到村部接待群众，下午入户。');
      await page.locator('textarea').nth(1).fill('组织党员学习县委全会精神。');
      // A household visit, recorded with the demo's simulated position (the village centre).
      await page.locator('.diary-pick').click();
      await page.getByText('确定', { exact: true }).last().click();
      await page.getByText(/^走访农户：/).waitFor({ timeout: 10000 });
      await page.locator('.diary-input input').fill('了解冬季取暖和用电情况');
      await button(page, '用模拟位置记录').click();
      await page.getByText(/^已记录走访/).waitFor({ timeout: 15000 });
      await page.locator('textarea').first().waitFor();
      const visits = await page.locator('textarea').first().inputValue();
      if (!visits.includes('了解冬季取暖和用电情况')) throw new Error(`visit not added to the diary text: ${visits}`);
      await button(page, '保存日志').click();
      await page.getByText('已保存', { exact: true }).first().waitFor({ timeout: 15000 });
    },
  ],
  [
    'diary-2-reopen-saved',
    async (page, { base }) => {
      await enterAt(page, base, at(TODAY, '18:00'), '第一书记');
      await tab(page, '日志').click();
      await page.getByText('已保存', { exact: true }).first().waitFor({ timeout: 20000 });
      const text = await page.locator('textarea').nth(1).inputValue();
      if (text !== '组织党员学习县委全会精神。') throw new Error(`saved text not shown: ${text}`);
    },
  ],
  [
    'diary-3-amend-past-day',
    async (page, { base }) => {
      await enterAt(page, base, at(TODAY, '18:10'), '第一书记');
      await tab(page, '日志').click();
      await page.getByText('本月日志').waitFor({ timeout: 20000 });
      const amend = button(page, '补记');
      if (!(await amend.waitFor({ timeout: 10000 }).then(() => true, () => false))) return; // first days of a month: nothing to amend yet
      await amend.click();
      await page.getByText('补记原因（必填）').waitFor();
      const areas = page.locator('.diary-amend textarea');
      await areas.nth(4).fill('补充：晚上与村两委碰头，商量下周工作。');
      await areas.last().fill('当天漏记了晚上的碰头会');
      await button(page, '提交补记').click();
      await page.getByText(/^补记1次$/).first().waitFor({ timeout: 15000 });
      await page.getByText(/补记：当天漏记了晚上的碰头会/).first().waitFor();
    },
  ],
  [
    'diary-4-county-reviews-flags',
    async (page, { base }) => {
      // The demo seed has one cadre (P0502, 龙泉村) who wrote three days in one sitting with copied text.
      await enterAt(page, base, at(TODAY, '18:20'), '县级管理员');
      await page.locator('.role-tabbar__item', { hasText: '名册' }).first().waitFor({ timeout: 20000 });
      await page.goto(`${base}/#/packages/diary/pages/review/index?personId=psn_430121_P0502`);
      await page.getByText(/^\d{4}年\d{1,2}月$/).first().waitFor({ timeout: 20000 });
      const seeded = page.getByText(/疑似事后集中补写/).first();
      if (!(await seeded.waitFor({ timeout: 15000 }).then(() => true, () => false))) {
        // First days of a month: the seed has no sitting yet; the page still answers.
        await page.getByText(/这个月还没有日志|补写|写于/).first().waitFor({ timeout: 10000 });
        return;
      }
      await page.getByText(/疑似(相互抄写|照抄旧日志)/).first().waitFor({ timeout: 10000 });
    },
  ],
]);
