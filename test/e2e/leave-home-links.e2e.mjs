// Browser journey of small links on the real local stack: a first secretary on approved leave today
// sees 今天请假中 on the home page (and a pending leave) instead of being nudged to clock in; the
// township supervisor opens a village's month and goes to a cadre's diaries (查看…的工作日志).
// Screenshots: test-results/e2e/leave-home-*.png.
import { api, enterAs, runJourney, journeyNow, shanghaiDayOf } from './stack.mjs';

const DAY_MS = 86_400_000;
const shanghaiDay = shanghaiDayOf;

const rid = (s) => `e2e-leave-home-${s}-${Date.now().toString(36)}`;

await runJourney('leave home and diary links', [
  [
    'leave-home-on-leave',
    async (page, { base }) => {
      const today = shanghaiDay(journeyNow());
      const now = await api(base, 'demo-fs', 'leave.apply', { type: 'personal', from: today, to: shanghaiDay(journeyNow() + DAY_MS), reason: '家中有事', clientRequestId: rid('a') });
      await api(base, 'demo-supervisor', 'leave.decide', { leaveId: now.id, decision: 'approve' });
      const later = shanghaiDay(journeyNow() + 10 * DAY_MS);
      await api(base, 'demo-fs', 'leave.apply', { type: 'annual', from: later, to: later, reason: '年休', clientRequestId: rid('b') });
      await enterAs(page, base, '第一书记');
      await page.getByText(/今天请假中（.+至.+），返岗后在村打卡即自动销假/).waitFor({ timeout: 30000 });
      await page.getByText(/请假待审批（/).waitFor();
      await page.getByText('请假中', { exact: true }).waitFor();
      if (await page.getByText('还没打卡').count()) throw new Error('still nudged to clock in while on leave');
    },
  ],
  [
    'leave-home-village-diaries',
    async (page, { base }) => {
      await enterAs(page, base, '乡镇督导');
      await page.locator('.village', { hasText: '红旗村' }).first().click();
      await page.getByText('城关镇 红旗村').waitFor({ timeout: 20000 });
      await page.getByText(/查看.+的工作日志 ›/).first().click();
      await page.waitForURL(/packages\/diary\/pages\/review\/index\?personId=/, { timeout: 20000 });
      // Taro keeps the village page hidden in the DOM: look for what only the diary page shows.
      await page.getByText(/^写于 /).first().waitFor({ timeout: 20000 });
    },
  ],
]);
