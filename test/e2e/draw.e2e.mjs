// The lottery (摇号抽查) in the browser at phone size: the city admin plans and publishes this month's
// draw, two inspectors commit on their own phones (each writes the number down), both reveal, the
// draw is made; anyone opens the public page without an identity; verify-draw re-runs the published
// JSON from its URL. Screenshots: test-results/e2e/draw-*.png. Last line: `N passed, M failed`.
import { execFile } from 'node:child_process';
import { button, enterAs, runJourney, SHOTS, tab } from './stack.mjs';

/** Taro's page slide-in: let it settle before the step's screenshot. */
const settle = (page) => page.waitForTimeout(700);

/** The secret each inspector wrote down in the commit step, typed again at the reveal. */
const paper = {};
let drawId = '';

async function openThisMonthsDraw(page) {
  await tab(page, '摇号').click();
  await page.getByText('摇号记录').first().waitFor({ timeout: 20000 });
  await page.locator('.draw-line', { hasText: '青岚市' }).first().click();
}

async function commitAs(page, base, who) {
  await enterAs(page, base, who);
  await openThisMonthsDraw(page);
  // Exact: Taro keeps the list page (with 请提交承诺) hidden underneath.
  await page.getByText('提交承诺', { exact: true }).first().waitFor({ timeout: 20000 });
  await button(page, '随机生成').click();
  const secret = (await page.locator('.draw-secret').first().innerText()).trim();
  if (!/^\d{16}$/.test(secret)) throw new Error(`no 16-digit secret shown: ${secret}`);
  paper[who] = secret;
  await page.getByText('请把这个数字抄在纸上保管好').first().waitFor();
  await button(page, '提交承诺').click();
  await page.getByText(/承诺（\d\/2）/).first().waitFor({ timeout: 20000 });
  await settle(page);
}

async function revealAs(page, base, who) {
  await enterAs(page, base, who);
  await openThisMonthsDraw(page);
  await page.getByText('揭示', { exact: true }).first().waitFor({ timeout: 20000 });
  // A new phone session: the number is typed from the paper.
  const box = page.locator('input[placeholder="您记下的数字"]').first();
  await box.fill(paper[who]);
  await page.getByText('与您的承诺一致。').first().waitFor();
  await button(page, '揭示').click();
  await settle(page);
}

const verifyDraw = (url) =>
  new Promise((done) => execFile(process.execPath, ['--import', 'tsx', 'scripts/verify-draw.mjs', url], { encoding: 'utf8' }, (err, out, errOut) => done({ code: err ? err.code : 0, out: out + errOut })));

/** The city admin lands on 各村; 摇号 is the next tab. */
async function cityAdminDraws(page, base) {
  await enterAs(page, base, '市级管理员');
  await tab(page, '摇号').click();
}

await runJourney('draw', [
  [
    'draw-0-teams',
    async (page, { base }) => {
      await cityAdminDraws(page, base);
      await page.getByText('市第一督查组').first().waitFor({ timeout: 20000 });
      await button(page, '新建督查组').click();
      await page.locator('input[placeholder="如：市第三督查组"]').fill('市联合督查组');
      await page.locator('.pill', { hasText: '韩雪梅' }).click();
      await page.locator('.pill', { hasText: '钟立平' }).click();
      await button(page, '保存督查组').click();
      await page.locator('.draw-line', { hasText: '市联合督查组' }).waitFor({ timeout: 20000 });
    },
  ],
  [
    'draw-1-plan',
    async (page, { base }) => {
      await cityAdminDraws(page, base);
      await page.getByText('制定摇号计划（青岚市）').waitFor({ timeout: 20000 });
      await page.screenshot({ path: `${SHOTS}/draw-0-plan-form.png`, fullPage: true });
      await button(page, '生成摇号计划').click();
      await page.getByText(/长沙县：12个村中抽2个/).waitFor({ timeout: 20000 });
      await page.getByText(/云溪县：3个村中抽1个/).waitFor();
      drawId = new URL(page.url().replace('#/', '')).searchParams.get('id') ?? '';
      if (!drawId.startsWith('draw_city_439900_')) throw new Error(`unexpected draw id in ${page.url()}`);
      await settle(page);
    },
  ],
  [
    'draw-2-publish',
    async (page, { base }) => {
      await cityAdminDraws(page, base);
      await page.locator('.draw-line', { hasText: '待公示' }).first().click();
      await button(page, '公示').click();
      await page.getByText('还没提交：韩雪梅、钟立平').waitFor({ timeout: 20000 });
    },
  ],
  ['draw-3-commit-first', (page, { base }) => commitAs(page, base, '督查组成员（长沙县）')],
  [
    'draw-4-commit-second',
    async (page, { base }) => {
      await commitAs(page, base, '督查组成员（云溪县）');
      await page.getByText('承诺（2/2）').first().waitFor({ timeout: 20000 });
    },
  ],
  [
    'draw-5-reveal-first',
    async (page, { base }) => {
      await revealAs(page, base, '督查组成员（长沙县）');
      await page.getByText('还没揭示：钟立平').waitFor({ timeout: 20000 });
    },
  ],
  [
    'draw-6-drawn',
    async (page, { base }) => {
      await revealAs(page, base, '督查组成员（云溪县）');
      await page.getByText('开奖结果').waitFor({ timeout: 20000 });
      await page.getByText('摇号结果一经揭示即为最终结果，不重新摇号。').waitFor();
      if ((await page.locator('.draw-line', { hasText: '签号' }).count()) !== 3) throw new Error('expected 3 drawn villages');
    },
  ],
  [
    'draw-7-public-page',
    async (page, { base }) => {
      // No identity at all: straight to the public page from the role picker.
      await page.goto(base);
      await page.getByText('摇号公示（不用选身份）').click();
      await page.locator('.draw-line', { hasText: '已开奖' }).first().waitFor({ timeout: 20000 });
      await page.locator('.draw-line', { hasText: '青岚市' }).first().click();
      await page.getByText('开奖结果').waitFor({ timeout: 20000 });
      await page.getByText('怎样核对').waitFor();
      await page.getByText(`/public/draws/${drawId}.json`).first().waitFor();
      await settle(page);
    },
  ],
  [
    'draw-8-verify',
    async (page, { base }) => {
      const url = `${base}/public/draws/${drawId}.json`;
      const r = await verifyDraw(url);
      if (r.code !== 0 || !r.out.includes('一致：公布的结果与按公开数据重算的结果完全相同。')) throw new Error(`verify-draw: ${r.out}`);
      await page.setContent(`<pre style="font-size:14px;white-space:pre-wrap">$ npm run verify-draw -- ${url}\n${r.out.replace(/</g, '&lt;')}</pre>`);
    },
  ],
]);
