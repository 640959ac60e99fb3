// The supervisor's month in the browser, on the real local stack: the scheduler (POST /fn/scheduler at
// a set time, as the timer trigger would) reminds a cadre not yet in the village, who reads it in
// 我的 → 消息; the township supervisor opens the 各村 dashboard, goes to 预警 and acknowledges an alert,
// drills into a village's month, and exports the 汇总表 and the 月纪实表: both downloads must be valid
// .xlsx workbooks with the expected sheet. Screenshots: test-results/e2e/supervisor-month-*.png.
import ExcelJS from 'exceljs';
import { acknowledgeFirstAlert, cadreReadsClockInReminder, enterAt, runJourney, SHOTS, journeyNow, shanghaiDayOf } from './stack.mjs';

const DAY_MS = 86_400_000;
const shanghaiDay = shanghaiDayOf;
const isWeekday = (ms) => [1, 2, 3, 4, 5].includes(new Date(ms + 8 * 3600_000).getUTCDay());
/**
 * Today in Shanghai when it is a weekday (the demo seed covers every day before it and nobody has
 * clocked in yet today), else the next weekday; then the days in between have no records and every
 * village shows red, so the colour check only runs on a weekday.
 */
const TODAY_IS_WEEKDAY = isWeekday(journeyNow());
function dayOfJourney(from = journeyNow()) {
  if (TODAY_IS_WEEKDAY) return shanghaiDay(from);
  for (let t = from + DAY_MS; ; t += DAY_MS) if (isWeekday(t)) return shanghaiDay(t);
}
const DAY = dayOfJourney();
const at = (hhmm) => `${DAY}T${hhmm}:00+08:00`;
const NOTE = '已电话提醒，今天下午到村';

/** Taro's H5 page scrolls inside its own container: grow the viewport so the screenshot shows it all. */
async function showWholePage(page) {
  const h = await page.evaluate(() => Math.max(...[...globalThis.document.querySelectorAll('.page')].map((e) => e.scrollHeight), globalThis.document.body.scrollHeight));
  await page.setViewportSize({ width: 390, height: Math.min(Math.max(h + 160, 844), 6000) });
  await page.waitForTimeout(300);
}

/** Clicks an export button, waits for the browser download and checks the workbook. */
async function exportAndCheck(page, label, sheet, expectText) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), page.locator('taro-button-core', { hasText: label }).first().click()]);
  const name = download.suggestedFilename();
  if (!name.endsWith('.xlsx')) throw new Error(`download is not .xlsx: ${name}`);
  const path = `${SHOTS}/${name}`;
  await download.saveAs(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`${name} has no sheet ${sheet}: ${wb.worksheets.map((w) => w.name).join(',')}`);
  const title = String(ws.getCell('A1').value ?? '');
  if (!title.includes(expectText)) throw new Error(`unexpected title in ${name}: ${title}`);
  if (ws.rowCount < 5) throw new Error(`${name} has too few rows (${ws.rowCount})`);
  await page.getByText(`已导出：${name}`).first().waitFor({ timeout: 10000 });
  return name;
}

await runJourney('supervisor-month', [
  [
    'supervisor-month-1-cadre-reminded',
    async (page, { base }) => {
      await cadreReadsClockInReminder(page, base, at('10:05'), at('10:10'));
    },
  ],
  [
    'supervisor-month-2-dashboard',
    async (page, { base }) => {
      await enterAt(page, base, at('10:20'), '乡镇督导');
      await page.getByText('城关镇 驻村情况').waitFor({ timeout: 30000 });
      await page.getByText('各村排名').waitFor();
      await page.locator('.village').first().waitFor();
      const tags = await page.locator('.village .nut-tag').allInnerTexts();
      if (tags.length !== 4) throw new Error(`expected 4 villages, got ${tags.length}`);
      if (TODAY_IS_WEEKDAY && tags.every((t) => t.startsWith('不达标'))) throw new Error(`every village is red: ${tags.join(' | ')}`);
      await page.getByText('需要关注的人').first().waitFor();
      await page.getByText('近几个月').waitFor();
      await showWholePage(page);
    },
  ],
  [
    'supervisor-month-3-alert-acknowledged',
    async (page, { base }) => {
      await enterAt(page, base, at('10:25'), '乡镇督导');
      await page.getByText('预警消息 ›').click();
      await acknowledgeFirstAlert(page, NOTE);
    },
  ],
  [
    'supervisor-month-4-village-month',
    async (page, { base }) => {
      await enterAt(page, base, at('10:30'), '乡镇督导');
      await page.locator('.village', { hasText: '石桥村' }).first().click();
      await page.getByText('城关镇 石桥村').waitFor({ timeout: 20000 });
      await page.getByText(/查看.+的月历 ›/).first().waitFor();
      await exportAndCheck(page, '导出月纪实表', '月纪实表', '石桥村');
      await showWholePage(page);
    },
  ],
  [
    'supervisor-month-5-summary-exported',
    async (page, { base }) => {
      await enterAt(page, base, at('10:35'), '乡镇督导');
      await page.getByText('各村排名').waitFor({ timeout: 30000 });
      await exportAndCheck(page, '导出汇总表', '汇总表', '城关镇驻村工作月度汇总表');
    },
  ],
]);
