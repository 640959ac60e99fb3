// A cadre's day in the browser, on the real local stack: the first secretary clocks in and writes
// today's diary, applies for leave; the township supervisor approves it in 审批; after the leave the
// cadre clocks in again in the village and the leave shows 已销假; on 4 January of a year without holiday
// data, 今天 still offers 驻村打卡 and 外勤 and only the month waits for the schedule, and the supervisor's 各村
// waits on one card with last month a tap away. Every step runs at a set server
// time (storage key 'zhucun.now', sent as X-Zhucun-Now). Screenshots: test-results/e2e/cadre-day-*.png.
import { button, enterAt, runJourney, tab, journeyNow, shanghaiDayOf, yearWithoutHolidayData } from './stack.mjs';

const DAY_MS = 86_400_000;
/** Today in Shanghai on the journey's clock (the demo seed is built around it), and days after it. */
const shanghaiDay = (offset = 0) => shanghaiDayOf(journeyNow() + offset * DAY_MS);
/** ISO instant of hh:mm Shanghai time on a day. */
const at = (day, hhmm) => `${day}T${hhmm}:00+08:00`;

const TODAY = shanghaiDay(0);
const LEAVE_FROM = shanghaiDay(1);
const LEAVE_TO = shanghaiDay(2);
const BACK = shanghaiDay(3);
const REASON = '家中老人住院，需要陪护两天';
const UNKNOWN_YEAR = yearWithoutHolidayData();

async function clockInHere(page) {
  await button(page, '模拟位置').click();
  await page.getByText(/已打卡 \d\d:\d\d/).first().waitFor({ timeout: 15000 });
}

await runJourney('cadre-day', [
  [
    'cadre-day-1-clock-in',
    async (page, { base }) => {
      await enterAt(page, base, at(TODAY, '08:40'), '第一书记');
      await page.getByText('红旗村').first().waitFor({ timeout: 20000 });
      await clockInHere(page);
    },
  ],
  // ── Diary step (diary area): write today's diary on /packages/diary/pages/index/index ──
  [
    'cadre-day-2-diary',
    async (page, { base }) => {
      await enterAt(page, base, at(TODAY, '18:30'), '第一书记');
      await tab(page, '日志').click();
      const first = page.locator('textarea').first();
      await first.waitFor({ timeout: 20000 });
      await first.fill('走访脱贫户3户，了解春耕备耕和务工情况。');
      await button(page, '保存日志').click();
      await page.getByText('已保存', { exact: true }).first().waitFor({ timeout: 15000 });
    },
  ],
  // ── end of the diary step ──
  [
    'cadre-day-3-apply-leave',
    async (page, { base }) => {
      await enterAt(page, base, at(TODAY, '19:00'), '第一书记');
      await tab(page, '请假').click();
      await page.getByText('申请请假').waitFor({ timeout: 20000 });
      await page.locator('.chip', { hasText: '事假' }).click();
      await page.locator('.chip', { hasText: '明天' }).click();
      await page.getByLabel('多一天').click();
      await page.getByText(`${LEAVE_FROM} 至 ${LEAVE_TO}，共2天，由乡镇督导审批`).waitFor();
      await page.locator('textarea').first().fill(REASON);
      await button(page, '提交申请').click();
      await page.getByText('已提交，等待乡镇督导审批。').waitFor({ timeout: 15000 });
      const mine = page.locator('.card', { hasText: REASON });
      await mine.getByText('待审批', { exact: true }).waitFor();
      await mine.getByText('撤回申请').waitFor();
      await mine.scrollIntoViewIfNeeded();
    },
  ],
  [
    'cadre-day-4-supervisor-approves',
    async (page, { base }) => {
      await enterAt(page, base, at(TODAY, '20:00'), '乡镇督导');
      await tab(page, '审批').click();
      const card = page.locator('.card', { hasText: REASON });
      await card.waitFor({ timeout: 20000 });
      await card.getByText(`${LEAVE_FROM} 至 ${LEAVE_TO}，2天`).waitFor();
      await card.locator('textarea').fill('同意，注意安全，按时返岗');
      await card.locator('taro-button-core', { hasText: '批准' }).first().click();
      // It leaves the pending list and waits for the return instead.
      const awaiting = page.locator('.card', { hasText: `应于${BACK}回村打卡销假` }).first();
      await awaiting.waitFor({ timeout: 15000 });
      await card.waitFor({ state: 'detached', timeout: 15000 });
      await awaiting.scrollIntoViewIfNeeded();
    },
  ],
  [
    'cadre-day-5-leave-approved',
    async (page, { base }) => {
      await enterAt(page, base, at(LEAVE_FROM, '09:00'), '第一书记');
      await tab(page, '请假').click();
      const mine = page.locator('.card', { hasText: REASON });
      await mine.getByText('已批准', { exact: true }).waitFor({ timeout: 20000 });
      await mine.getByText(`${BACK}起回村，在村里打卡即自动销假。`).waitFor();
      await mine.getByText('同意，注意安全，按时返岗', { exact: false }).waitFor();
      await mine.scrollIntoViewIfNeeded();
    },
  ],
  [
    'cadre-day-6-return-by-clock-in',
    async (page, { base }) => {
      await enterAt(page, base, at(BACK, '08:50'), '第一书记');
      await page.getByText('红旗村').first().waitFor({ timeout: 20000 });
      await clockInHere(page);
      await tab(page, '请假').click();
      const mine = page.locator('.card', { hasText: REASON });
      await mine.getByText('已销假', { exact: true }).waitFor({ timeout: 20000 });
      await mine.getByText(`${BACK}回村打卡，已销假。`).waitFor();
      await mine.scrollIntoViewIfNeeded();
    },
  ],
  [
    'cadre-day-7-supervisor-sees-return',
    async (page, { base }) => {
      await enterAt(page, base, at(BACK, '10:00'), '乡镇督导');
      await tab(page, '审批').click();
      await page.getByText(/待销假（\d+）/).waitFor({ timeout: 20000 });
      if (await page.locator('.card', { hasText: `应于${BACK}回村打卡销假` }).count()) throw new Error('the returned leave is still awaited');
    },
  ],
  [
    'cadre-day-8-year-without-holiday-data',
    async (page, { base }) => {
      // 4 January of a year nobody has entered: the day's duty goes on, only the month's figures wait.
      await enterAt(page, base, at(`${UNKNOWN_YEAR}-01-04`, '09:00'), '第一书记');
      await page.getByText('红旗村').first().waitFor({ timeout: 20000 });
      await page.getByText(`${UNKNOWN_YEAR}年节假日安排还没公布`).first().waitFor({ timeout: 15000 });
      await button(page, '外勤').waitFor();
      await clockInHere(page);
      await tab(page, '本月').click();
      await page.getByText(`${UNKNOWN_YEAR}年节假日安排还没公布`).first().waitFor({ timeout: 20000 });
    },
  ],
  [
    'cadre-day-9-supervisor-in-year-without-holiday-data',
    async (page, { base }) => {
      // The township supervisor's 各村 waits on one card and opens December in one tap.
      await enterAt(page, base, at(`${UNKNOWN_YEAR}-01-04`, '09:30'), '乡镇督导');
      await page.getByText(`${UNKNOWN_YEAR}年节假日安排还没录入`).first().waitFor({ timeout: 20000 });
      await button(page, `看${UNKNOWN_YEAR - 1}年12月`).click();
      await page.getByText(`${UNKNOWN_YEAR - 1}年12月`).first().waitFor({ timeout: 20000 });
      await page.getByText('驻村干部').first().waitFor({ timeout: 20000 });
    },
  ],
]);
