// Browser journey of the county admin's settings: open 设置 from the 名册 page, change a threshold,
// save, see it kept after a reload and in 修改记录; a wrong value shows its Chinese message next to the field; mark a
// working day of the calendar as a 休息日; enter the 2027 holiday schedule and see January 2027. Screenshots: test-results/e2e/settings-*.png.
import { button, enterAs, runJourney } from './stack.mjs';

async function openSettings(page, base) {
  await enterAs(page, base, '县级管理员');
  await page.locator('.role-tabbar__item', { hasText: '名册' }).click();
  await page.getByText('考核规则、工作日历').click();
  await page.getByText('驻村要求').first().waitFor({ timeout: 20000 });
}

const field = (page, label) => page.locator(`taro-input-core[aria-label="${label}"] input`);

await runJourney('settings', [
  [
    'settings-link',
    async (page, { base }) => {
      await enterAs(page, base, '县级管理员');
      await page.locator('.role-tabbar__item', { hasText: '名册' }).click();
      await page.getByText('考核规则、工作日历').waitFor({ timeout: 20000 });
    },
  ],
  [
    'settings-open',
    async (page, { base }) => {
      await openSettings(page, base);
      for (const t of ['每日在岗', '工作日志', '请假', '提醒时间', '群众评价', '评定等次', '本县还没有改过设置，下面都是默认值。']) {
        await page.getByText(t).first().waitFor({ timeout: 10000 });
      }
    },
  ],
  [
    'settings-saved',
    async (page, { base }) => {
      await openSettings(page, base);
      await field(page, '县级审批天数').fill('5');
      await page.getByText('已修改，默认：3天').waitFor({ timeout: 5000 });
      await button(page, '保存设置').click();
      await page.getByText('已保存，立即生效。').waitFor({ timeout: 10000 });
      await page.reload();
      await page.getByText('驻村要求').first().waitFor({ timeout: 20000 });
      await page.getByText(/^上次保存：/).waitFor({ timeout: 10000 });
      const kept = await field(page, '县级审批天数').inputValue();
      if (kept !== '5') throw new Error(`县级审批天数 after reload is ${kept}, expected 5`);
      await page.getByText('县级审批天数：3天 → 5天').waitFor({ timeout: 10000 }); // 修改记录
      await page.getByText('已修改，默认：3天').scrollIntoViewIfNeeded();
    },
  ],
  [
    'settings-invalid',
    async (page, { base }) => {
      await openSettings(page, base);
      await field(page, '补写宽限').fill('30');
      await button(page, '保存设置').click();
      const inline = page.locator('.setting--error', { hasText: '日志补写宽限小时数不能大于24' });
      await inline.waitFor({ timeout: 5000 });
      await page.getByText(/^有1处需要修改/).waitFor({ timeout: 5000 });
      await page.waitForTimeout(500); // the page scrolls to the first error by itself
    },
  ],
  [
    'settings-calendar',
    async (page, { base }) => {
      await openSettings(page, base);
      await page.getByText(/^本月工作日 \d+ 天$/).waitFor({ timeout: 10000 });
      const before = Number((await page.getByText(/^本月工作日 \d+ 天$/).textContent()).match(/\d+/)[0]);
      const day = page.locator('.calendar-day:not(.calendar-day--rest):not(.calendar-day--blank)').first();
      const date = await day.locator('taro-text-core').first().textContent();
      await day.click();
      await field(page, '原因').fill('防汛抢险');
      await button(page, '设为休息日').click();
      await page.getByText('本县调整为休息日：防汛抢险').waitFor({ timeout: 10000 });
      await page.getByText(`本月工作日 ${before - 1} 天`).waitFor({ timeout: 10000 });
      const marked = page.locator('.calendar-day--override', { hasText: '休息日' });
      if ((await marked.locator('taro-text-core').first().textContent()) !== date) throw new Error(`day ${date} not marked as 休息日`);
      await page.getByText(/设为休息日（防汛抢险）$/).waitFor({ timeout: 10000 }); // 修改记录
      await page.locator('#calendar').scrollIntoViewIfNeeded();
    },
  ],
  [
    'settings-year-2027',
    async (page, { base }) => {
      await openSettings(page, base);
      await page.getByText(/^本月工作日 \d+ 天$/).waitFor({ timeout: 10000 });
      for (let i = 0; i < 12 && !(await page.getByText('工作日历 2027-01').isVisible()); i += 1) {
        await page.getByText('下月 ›').click();
        await page.waitForTimeout(300);
      }
      await page.getByText('2027年节假日安排尚未录入').waitFor({ timeout: 10000 });
      await page.getByText(/国务院办公厅关于2027年部分节假日安排的通知/).waitFor({ timeout: 5000 });
      await page.locator('#calendar').screenshot({ path: 'test-results/e2e/settings-year-2027-form.png' });
      // Taro's date picker draws scroll wheels; set each chosen date through the picker's change event.
      const pick = (i, value) =>
        page
          .locator('.year-form taro-picker-core')
          .nth(i)
          .evaluate((el, v) => el.dispatchEvent(Object.assign(new el.ownerDocument.defaultView.Event('change', { bubbles: true }), { detail: { value: v } })), value);
      await pick(1, '2027-01-03');
      await page.getByText('＋ 添加假期').click();
      await pick(2, '2027-02-05');
      await pick(3, '2027-02-13');
      await page.getByText('＋ 添加调休上班日').click();
      await pick(4, '2027-01-31');
      await page.getByText('＋ 添加调休上班日').click();
      await pick(5, '2027-02-20');
      await button(page, '保存2027年节假日安排').click();
      await page.getByText('本月工作日 21 天').waitFor({ timeout: 10000 });
      await page.getByText('2027年节假日安排由本县录入。').waitFor({ timeout: 10000 });
      const first = page.locator('.calendar-day', { hasText: '休' }).first();
      if ((await first.locator('taro-text-core').first().textContent()) !== '1') throw new Error('2027-01-01 not shown as 休');
      await page.locator('.calendar-day', { hasText: '班' }).first().waitFor({ timeout: 5000 }); // 1月31日 调休上班
      await page.locator('#calendar').scrollIntoViewIfNeeded();
    },
  ],
]);
