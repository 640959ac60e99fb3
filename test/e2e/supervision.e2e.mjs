// The supervisor's loop in the browser, on the real local stack: the scheduler (POST /fn/scheduler
// at a set time, as the timer trigger would) reminds the first secretary, who reads it in 我的 → 消息;
// the township supervisor sees the alerts in 预警 and acknowledges one with a note; three days later
// an open alert has gone up to the county admin. Screenshots: test-results/e2e/supervision-*.png.
import { acknowledgeFirstAlert, button, cadreReadsClockInReminder, enterAt, runJourney, tab, tick, journeyNow, nextWorkingDay, shanghaiDayOf } from './stack.mjs';

const DAY_MS = 86_400_000;
const shanghaiDay = shanghaiDayOf;
/** The next working day after today (by the server's calendar): the demo seed has no clock-ins yet that day. */
let DAY;
const at = (day, hhmm) => `${day}T${hhmm}:00+08:00`;
const later = (days) => shanghaiDay(Date.parse(at(DAY, '12:00')) + days * DAY_MS);
const NOTE = '已电话联系，本周补足驻村天数';

await runJourney('supervision', [
  [
    'supervision-1-cadre-reminded',
    async (page, { base }) => {
      DAY = await nextWorkingDay(base, shanghaiDay(journeyNow()));
      await cadreReadsClockInReminder(page, base, at(DAY, '10:05'), at(DAY, '10:10'));
    },
  ],
  [
    'supervision-2-supervisor-acknowledges',
    async (page, { base }) => {
      await enterAt(page, base, at(DAY, '10:20'), '乡镇督导');
      await tab(page, '预警').click();
      await acknowledgeFirstAlert(page, NOTE);
      await button(page, '已处理').click();
      await page.getByText(NOTE).first().waitFor({ timeout: 15000 });
    },
  ],
  [
    'supervision-3-escalated-to-county',
    async (page, { base }) => {
      const r = await tick(base, at(later(3), '10:30'));
      if (!r.ran?.some((id) => id.startsWith('escalation:'))) throw new Error(`escalation did not run: ${JSON.stringify(r)}`);
      await enterAt(page, base, at(later(3), '10:40'), '县级管理员');
      await tab(page, '预警').click();
      await page.getByText('已转县级').first().waitFor({ timeout: 20000 });
    },
  ],
]);
