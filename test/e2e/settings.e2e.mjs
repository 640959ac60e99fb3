// Browser journey of the county admin's settings: open 设置 from the 名册 page, change a threshold,
// save, see it kept after a reload and in 修改记录; a wrong value shows its Chinese message next to the field; mark a
// working day of the calendar as a 休息日; on 20 November, follow the banner to enter next year's holiday schedule
// (a year neither the bundled data nor the demo has) and see its January. Screenshots: test-results/e2e/settings-*.png.
import { button, enterAs, enterAt, runJourney, yearWithoutHolidayData } from './stack.mjs';

const Y = yearWithoutHolidayData();
const weekday = (day) => new Date(`${day}T00:00:00Z`).getUTCDay();
const day = (m, d) => `${Y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** The first day from (m, d) on that falls on weekday `wd` (0 = Sunday). */
const firstOn = (m, d, wd) => {
  for (let i = d; ; i += 1) if (weekday(day(m, i)) === wd) return day(m, i);
};
// The schedule typed in: 元旦 1–3 January, 春节 5–13 February, 调休上班 on a Sunday in late January and a Saturday after 春节.
const MAKEUP_JAN = firstOn(1, 25, 0);
const MAKEUP_FEB = firstOn(2, 15, 6);
const JANUARY_WORKING_DAYS =
  Array.from({ length: 31 }, (_, i) => day(1, i + 1)).filter((d) => (weekday(d) >= 1 && weekday(d) <= 5 && d > day(1, 3)) || d === MAKEUP_JAN).length;

async function openSettings(page, base, at) {
  if (at) await enterAt(page, base, at, '县级管理员');
  else await enterAs(page, base, '县级管理员');
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
    'settings-year-next',
    async (page, { base }) => {
      // 20 November of the year before: the banner says next year's schedule is missing and leads to its form.
      await openSettings(page, base, `${Y - 1}-11-20T10:00:00+08:00`);
      // (The 名册 page, with the same banner, stays in the DOM behind 设置.)
      const settings = page.locator('.settings-page');
      await settings.getByText(`${Y}年节假日安排尚未录入`).waitFor({ timeout: 10000 });
      await settings.getByText('去录入').click();
      await page.getByText(`工作日历 ${Y}-01`).waitFor({ timeout: 10000 });
      await page.getByText(new RegExp(`国务院办公厅关于${Y}年部分节假日安排的通知`)).first().waitFor({ timeout: 5000 });
      await page.locator('#calendar').screenshot({ path: 'test-results/e2e/settings-year-next-form.png' });
      // Taro's date picker draws scroll wheels; set each chosen date through the picker's change event.
      const pick = (i, value) =>
        page
          .locator('.year-form taro-picker-core')
          .nth(i)
          .evaluate((el, v) => el.dispatchEvent(Object.assign(new el.ownerDocument.defaultView.Event('change', { bubbles: true }), { detail: { value: v } })), value);
      await pick(1, day(1, 3));
      await page.getByText('＋ 添加假期').click();
      await pick(2, day(2, 5));
      await pick(3, day(2, 13));
      await page.getByText('＋ 添加调休上班日').click();
      await pick(4, MAKEUP_JAN);
      await page.getByText('＋ 添加调休上班日').click();
      await pick(5, MAKEUP_FEB);
      await button(page, `保存${Y}年节假日安排`).click();
      await page.getByText(`本月工作日 ${JANUARY_WORKING_DAYS} 天`).waitFor({ timeout: 10000 });
      await page.getByText(new RegExp(`${Y}年节假日安排由.*录入，全国通用。`)).first().waitFor({ timeout: 10000 });
      const first = page.locator('.calendar-day', { hasText: '休' }).first();
      if ((await first.locator('taro-text-core').first().textContent()) !== '1') throw new Error(`${Y}-01-01 not shown as 休`);
      await page.locator('.calendar-day', { hasText: '班' }).first().waitFor({ timeout: 5000 }); // the January 调休上班 day
      await page.locator('#calendar').scrollIntoViewIfNeeded();
    },
  ],
]);
