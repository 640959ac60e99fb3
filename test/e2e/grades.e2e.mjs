// Grades and the 通报 in the browser at phone size, on the real local stack: the county admin reviews last
// month's proposals (each part with its reason), confirms one as proposed and changes another to 不称职
// with a reason; opens the 通报 (counts per grade, ranking), exports it to Excel (the workbook is read
// back) and sees the print layout; sends the month's report to the city, and the city admin sees it sent.
// Screenshots: test-results/e2e/grades-*.png.
import ExcelJS from 'exceljs';
import { SHOTS, button, enterAt, journeyNow, runJourney, shanghaiDayOf, tab } from './stack.mjs';

const TODAY = shanghaiDayOf(journeyNow());
const at = (hhmm) => `${TODAY}T${hhmm}:00+08:00`;

async function openFromMe(page, card) {
  await tab(page, '我的').click();
  await page.locator('.card', { hasText: card }).first().click();
}

await runJourney('grades', [
  [
    'grades-1-admin-confirms-and-changes',
    async (page, { base }) => {
      await enterAt(page, base, at('09:00'), '县级管理员');
      await openFromMe(page, '等次评定');
      await page.getByText(/^共\d+人，已确认0人/).waitFor({ timeout: 60000 });
      const first = page.locator('.grade-card').first();
      await first.getByText('督查得分：').first().waitFor();
      await first.getByText('整改：').first().waitFor();
      await first.locator('taro-button-core', { hasText: /^确认为/ }).click();
      await page.getByText(/^共\d+人，已确认1人/).waitFor({ timeout: 60000 });
      // Another cadre: 改为不称职 needs a reason.
      const second = page.locator('.grade-card', { hasNotText: '已确认', has: page.locator('taro-button-core', { hasText: '改为不称职' }) }).first();
      const name = (await second.locator('.card-title').first().innerText()).split(' ')[0].trim();
      await second.locator('taro-button-core', { hasText: '改为不称职' }).click();
      await second.locator('textarea').fill('督查发现多次不在岗，群众反映大');
      await second.locator('taro-button-core', { hasText: '确认改为不称职' }).click();
      await page.getByText(/^共\d+人，已确认2人/).waitFor({ timeout: 60000 });
      await page.locator('.grade-card', { hasText: name }).getByText('已确认：不称职').waitFor({ timeout: 10000 });
      await page.getByText('确认说明：督查发现多次不在岗，群众反映大').waitFor();
    },
  ],
  [
    'grades-2-bulletin-export-and-print',
    async (page, { base }) => {
      await enterAt(page, base, at('09:30'), '县级管理员');
      await openFromMe(page, '考核等次通报');
      await page.getByText(/驻村干部考核等次通报$/).waitFor({ timeout: 60000 });
      await page.getByText(/^共\d+人：优秀\d+人，称职\d+人，基本称职\d+人，不称职\d+人。$/).waitFor();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), button(page, '导出Excel').click()]);
      const name = download.suggestedFilename();
      if (!name.endsWith('.xlsx')) throw new Error(`not xlsx: ${name}`);
      await download.saveAs(`${SHOTS}/${name}`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(`${SHOTS}/${name}`);
      const ws = wb.getWorksheet('考核等次通报');
      if (!String(ws?.getCell('A1').value ?? '').includes('驻村干部考核等次通报')) throw new Error('workbook title missing');
      await page.getByText(`已导出：${name}`).waitFor({ timeout: 10000 });
      // The print layout: no buttons, the table only.
      await page.emulateMedia({ media: 'print' });
      if (await button(page, '导出Excel').isVisible()) throw new Error('buttons shown in the print layout');
      await page.screenshot({ path: `${SHOTS}/grades-2-bulletin-print.png`, fullPage: true });
      await page.emulateMedia({ media: 'screen' });
    },
  ],
  [
    'grades-3-monthly-report-sent',
    async (page, { base }) => {
      await enterAt(page, base, at('10:00'), '县级管理员');
      await openFromMe(page, '月报');
      await page.getByText(/^驻村考勤：\d+个村\d+名驻村干部/).waitFor({ timeout: 60000 });
      await page.getByText(/^问题整改：/).waitFor();
      await button(page, '报送市委组织部').click();
      await page.getByText(/^已于.*报送/).waitFor({ timeout: 30000 });
    },
  ],
  [
    'grades-4-city-sees-who-sent',
    async (page, { base }) => {
      await enterAt(page, base, at('10:30'), '市级管理员');
      await openFromMe(page, '各县月报');
      await page.getByText(/^已报送1个县，共\d+个县/).waitFor({ timeout: 60000 });
      await page.locator('.row', { hasText: '长沙县' }).first().click();
      await page.getByText(/^驻村考勤：/).waitFor({ timeout: 60000 });
    },
  ],
]);
