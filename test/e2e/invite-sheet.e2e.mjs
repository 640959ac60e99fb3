// The county admin hands out invitation codes: 名册 finds a person by a few characters, a code made for one
// person shows at that person's row, and a township's printable sheet lists a code for everyone not yet bound
// (opening it again shows the same codes). Screenshots: test-results/e2e/invite-sheet-*.png.
import { button, enterAs, runJourney, tab } from './stack.mjs';

const codesOnSheet = async (page) => (await page.locator('.invite-sheet__code').allInnerTexts()).map((s) => s.trim());

await runJourney('invite-sheet', [
  [
    'invite-sheet-1-roster-search',
    async (page, { base }) => {
      await enterAs(page, base, '县级管理员');
      await tab(page, '名册').click();
      await page.getByText('人员（').first().waitFor({ timeout: 20000 });
      await page.locator('.pill', { hasText: '未绑定' }).first().click();
      const first = page.locator('taro-button-core', { hasText: '发邀请码' }).first();
      const row = first.locator('xpath=ancestor::taro-view-core[contains(@class,"stack")][1]');
      await first.click();
      await row.getByText(/^[A-HJ-NP-Z2-9]{8}$/).waitFor({ timeout: 15000 });
      await row.getByText('只能用一次', { exact: false }).waitFor();
    },
  ],
  [
    'invite-sheet-2-township-sheet',
    async (page, { base }) => {
      await enterAs(page, base, '县级管理员');
      await tab(page, '名册').click();
      await page.getByText('打印邀请码 ›').first().waitFor({ timeout: 20000 });
      await page.getByText('打印邀请码 ›').first().click();
      await page.getByText(/“驻村”小程序邀请码 · /).waitFor({ timeout: 20000 });
      await page.locator('.invite-sheet__code').first().waitFor();
      const codes = await codesOnSheet(page);
      if (codes.length < 3 || codes.some((c) => !/^[A-HJ-NP-Z2-9]{8}$/.test(c))) throw new Error(`codes on the sheet: ${codes.join(',')}`);
      await button(page, '打印（A4）').waitFor();
      await page.reload();
      await page.locator('.invite-sheet__code').first().waitFor({ timeout: 20000 });
      const again = await codesOnSheet(page);
      if (again.join() !== codes.join()) throw new Error('a second opening of the sheet made new codes');
      await page.emulateMedia({ media: 'print' });
      if (await button(page, '打印（A4）').isVisible()) throw new Error('the print button shows on paper');
      await page.emulateMedia({ media: 'screen' });
    },
  ],
]);
