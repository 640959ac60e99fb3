// Browser journey of the county admin's roster import: download the template's content, fill in 6,000 households
// (far above what one function request could carry), pick the file on the 名册 page: it goes to the local
// stack's POST /upload first and roster.import reads it by fileId. Importing the same file again updates them all
// and creates none; a file with a bad row lists the error by sheet and row. Screenshots: test-results/e2e/roster-import-*.png.
import { Buffer } from 'node:buffer';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { button, enterAs, runJourney } from './stack.mjs';

const dir = mkdtempSync(join(tmpdir(), 'zhucun-roster-'));

/** The template (roster.template as the demo county admin) with its example rows deleted and `fill` applied. */
async function rosterFile(base, name, fill) {
  const res = await fetch(`${base}/fn/api`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Zhucun-Openid': 'demo-admin' },
    body: JSON.stringify({ action: 'roster.template', data: {} }),
  });
  const body = await res.json();
  if (!body.ok) throw new Error(`roster.template: ${body.error.message}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(body.data.base64, 'base64'));
  wb.eachSheet((ws) => ws.spliceRows(2, 1));
  fill(wb);
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

const HOUSEHOLDS = 6000;
const households = (wb) => {
  const ws = wb.getWorksheet('农户');
  const s = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
  for (let i = 0; i < HOUSEHOLDS; i++) ws.addRow([`V${String((i % 12) + 1).padStart(3, '0')}`, `${(i % 9) + 1}组`, s[i % 20] + s[(i * 7) % 20] + s[(i * 13) % 20], `E${i + 1}`]);
};

/** On the 名册 page: picks `file` through the page's own file picker. */
async function upload(page, base, file) {
  await enterAs(page, base, '县级管理员');
  await page.locator('.role-tabbar__item', { hasText: '名册' }).click();
  await page.getByText('名册导入').waitFor({ timeout: 20000 });
  const chooser = page.waitForEvent('filechooser', { timeout: 10000 });
  await button(page, '上传填好的名册').click();
  await (await chooser).setFiles(file);
}

let big;
await runJourney('roster-import', [
  [
    'roster-import-households',
    async (page, { base }) => {
      big = await rosterFile(base, '名册-农户.xlsx', households);
      const sent = [];
      page.on('request', (r) => r.method() === 'POST' && sent.push([new URL(r.url()).pathname, r.url().endsWith('/upload') ? 0 : (r.postDataBuffer() ?? Buffer.alloc(0)).length]));
      await upload(page, base, big);
      await page.getByText(`导入成功：新增0人，更新0人；新增0个村，更新0个村；新增${HOUSEHOLDS}户农户，更新0户。`).waitFor({ timeout: 60000 });
      // The file went to /upload; the import request carried only its fileId.
      if (statSync(big).size < 100_000) throw new Error(`the file is only ${statSync(big).size} bytes`);
      if (!sent.some(([p]) => p === '/upload')) throw new Error(`no upload of the file: ${JSON.stringify(sent)}`);
      const imports = sent.filter(([p]) => p === '/fn/api').map(([, n]) => n);
      if (Math.max(...imports) > 2000) throw new Error(`an api request carried ${Math.max(...imports)} bytes`);
      // The roster at a glance reloads: 农户 now counts the imported ones with the demo households.
      const count = page.locator('.card .row', { hasText: /^农户/ }).first();
      for (let i = 0; Number((await count.innerText()).replace(/\D/g, '')) < HOUSEHOLDS; i += 1) {
        if (i > 20) throw new Error(`农户 count not updated: ${await count.innerText()}`);
        await page.waitForTimeout(500);
      }
    },
  ],
  [
    'roster-import-again',
    async (page, { base }) => {
      await upload(page, base, big);
      await page.getByText(`新增0户农户，更新${HOUSEHOLDS}户。`, { exact: false }).waitFor({ timeout: 60000 });
    },
  ],
  [
    'roster-import-errors',
    async (page, { base }) => {
      const bad = await rosterFile(base, '名册-有错.xlsx', (wb) => wb.getWorksheet('农户').addRow(['V404', '1组', '孙大山', '001']));
      await upload(page, base, bad);
      await page.getByText('农户第2行：村编码 V404 在“村”表中不存在').waitFor({ timeout: 30000 });
      await page.getByText(/本次没有导入任何数据/).first().waitFor({ timeout: 5000 });
    },
  ],
]);
