// The rectification ledger (整改台账) in the browser at phone size, on the real local stack with the demo
// seed (last month's problems, dated from the journey's clock): the first secretary rectifies the open
// problem with a photo; the township supervisor opens the evidence and sends it back with a reason; the
// cadre reads why in 消息, adds a photo and submits again; the supervisor opens the evidence and 销号.
// Screenshots: test-results/e2e/ledger-*.png.
import { button, enterAt, journeyNow, runJourney, shanghaiDayOf, tab } from './stack.mjs';

const TODAY = shanghaiDayOf(journeyNow());
const at = (hhmm) => `${TODAY}T${hhmm}:00+08:00`;
const PROBLEM = '驻村工作队民情日志记录不全';

/** Picks a photo through the browser's file chooser: a screenshot of the page itself stands in for the camera. */
async function addPhoto(page) {
  const shot = await page.screenshot();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10000 }), button(page, '添加照片').click()]);
  await chooser.setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: shot });
}

/** 我的 → a card → the problem on its list. */
async function openFromMe(page, card, filter) {
  await tab(page, '我的').click();
  await page.locator('.card', { hasText: card }).first().click();
  if (filter) await button(page, filter).click();
  await page.locator('.ledger-row', { hasText: PROBLEM }).first().click();
  await page.getByText('督查发现的问题').first().waitFor({ timeout: 20000 }); // the problem page, not the list behind it
  await page.waitForTimeout(500); // the page's slide-in
}

await runJourney('ledger', [
  [
    'ledger-1-cadre-rectifies-with-photo',
    async (page, { base }) => {
      await enterAt(page, base, at('09:00'), '第一书记');
      await tab(page, '我的').click();
      await page.getByText(/\d+项待整改/).first().waitFor({ timeout: 20000 });
      await openFromMe(page, '我的整改');
      await page.getByText('提交整改完成情况').waitFor({ timeout: 20000 });
      await page.locator('textarea').first().fill('已组织工作队逐户走访23户脱贫户，补记了民情日志，第一书记每周五检查一次。');
      await addPhoto(page);
      await page.locator('.ledger-evidence__img').first().waitFor({ timeout: 20000 });
      await button(page, '提交，等待销号').click();
      await page.getByText('待销号', { exact: true }).first().waitFor({ timeout: 20000 });
      await page.getByText(/佐证材料1份/).waitFor();
    },
  ],
  [
    'ledger-2-supervisor-opens-evidence-and-sends-back',
    async (page, { base }) => {
      await enterAt(page, base, at('10:00'), '乡镇督导');
      await openFromMe(page, '整改台账', '待销号');
      // 销号 is not offered before the evidence is on the screen.
      if (await button(page, '核实无误，销号').isVisible()) throw new Error('销号 offered before the evidence was opened');
      await button(page, '查看佐证材料').click();
      await page.locator('.ledger-evidence__img').first().waitFor({ timeout: 20000 });
      await button(page, '退回重新整改').click();
      const panel = page.locator('.card', { hasText: '核实无误，销号' }).first();
      await panel.locator('textarea').fill('照片看不出是民情日志，请拍日志本的内页');
      await panel.locator('taro-button-core', { hasText: /^退回$/ }).click();
      await page.getByText('已退回', { exact: true }).first().waitFor({ timeout: 20000 });
    },
  ],
  [
    'ledger-3-cadre-reads-why-and-submits-again',
    async (page, { base }) => {
      await enterAt(page, base, at('11:00'), '第一书记');
      await tab(page, '我的').click();
      await page.locator('.card', { hasText: '消息' }).first().click();
      await page.getByText('整改被退回').first().click();
      await page.getByText(/被退回：照片看不出是民情日志/).waitFor({ timeout: 20000 });
      await page.locator('.ledger-evidence__img').first().waitFor({ timeout: 20000 }); // the first photo is kept
      await addPhoto(page);
      await page.locator('.ledger-evidence__img').nth(1).waitFor({ timeout: 20000 });
      await page.locator('textarea').first().fill('已组织工作队逐户走访23户脱贫户，补记了民情日志（见日志本内页照片），第一书记每周五检查一次。');
      await button(page, '提交，等待销号').click();
      await page.getByText(/佐证材料2份/).waitFor({ timeout: 20000 });
    },
  ],
  [
    'ledger-4-supervisor-closes',
    async (page, { base }) => {
      await enterAt(page, base, at('14:00'), '乡镇督导');
      await openFromMe(page, '整改台账', '待销号');
      await button(page, '查看佐证材料').click();
      await page.locator('.ledger-evidence__img').nth(1).waitFor({ timeout: 20000 });
      await button(page, '核实无误，销号').click();
      await page.getByText('已销号', { exact: true }).first().waitFor({ timeout: 20000 });
      await page.locator('.card', { hasText: '处理记录' }).getByText(/ 销号$/).waitFor({ timeout: 10000 });
    },
  ],
  [
    'ledger-5-supervisor-sees-copy-flags',
    async (page, { base }) => {
      await enterAt(page, base, at('14:10'), '乡镇督导');
      await tab(page, '我的').click();
      await page.locator('.card', { hasText: '整改台账' }).first().click();
      await page.getByText(/雷同提示\d条/).first().waitFor({ timeout: 20000 });
      await page.locator('.ledger-row', { hasText: '新民村' }).first().click();
      await page.getByText(/疑似村与村之间照搬照抄/).waitFor({ timeout: 20000 });
      await page.getByText(/同一个文件/).first().waitFor();
    },
  ],
]);
