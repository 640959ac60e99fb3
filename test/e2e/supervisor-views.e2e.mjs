// The supervisor's views as a person reads them, on the real local stack at phone size: 各村's ranking is searched
// and filtered by colour on the server, the chart has its axis and writes its values, a village's cadres read in words
// with 拨打电话, and the approval card says what approving a leave does to the cadre's month.
// Screenshots: test-results/e2e/supervisor-views-*.png.
import { api, button, enterAs, journeyNow, runJourney, shanghaiDayOf, tab } from './stack.mjs';

const DAY_MS = 86_400_000;
/** A leave a few days ahead, long enough to matter to the month. */
const FROM = shanghaiDayOf(journeyNow() + 2 * DAY_MS);
const TO = shanghaiDayOf(journeyNow() + 3 * DAY_MS);

await runJourney('supervisor-views', [
  [
    'supervisor-views-1-ranking-search',
    async (page, { base }) => {
      await enterAs(page, base, '县级管理员');
      await tab(page, '各村').click();
      await page.getByText('各村排名').waitFor({ timeout: 20000 });
      await page.getByText('近几个月').waitFor();
      for (const tick of ['100%', '50%', '0%']) await page.locator('.trend__tick', { hasText: tick }).first().waitFor();
      const first = (await page.locator('.village__name').first().innerText()).replace(/^\d+/, '').trim().split(/\s/)[0];
      await page.locator('.ranking-search input').fill(first.slice(0, 2));
      await button(page, '搜索').click();
      await page.getByText(/找到\d+个村（排名仍按全部村算），搜“/).waitFor({ timeout: 15000 });
      // The answer to the search replaces the list once it arrives.
      const kept = (want) => [...globalThis.document.querySelectorAll('.village__name')].every((e) => e.textContent.includes(want));
      await page.waitForFunction(kept, first.slice(0, 2), { timeout: 15000 }).catch(() => {});
      const names = await page.locator('.village__name').allInnerTexts();
      if (names.length === 0 || names.some((n) => !n.includes(first.slice(0, 2)))) throw new Error(`search ${first.slice(0, 2)} kept ${names.join('|')}`);
    },
  ],
  [
    'supervisor-views-2-ranking-colour',
    async (page, { base }) => {
      await enterAs(page, base, '县级管理员');
      await tab(page, '各村').click();
      await page.getByText('各村排名').waitFor({ timeout: 20000 });
      await page.locator('.pill', { hasText: '不达标' }).first().click();
      await page.getByText(/找到\d+个村（排名仍按全部村算）/).waitFor({ timeout: 15000 });
      const onlyRed = () => [...globalThis.document.querySelectorAll('.village .nut-tag')].every((e) => e.textContent.trim() === '不达标');
      await page.waitForFunction(onlyRed, null, { timeout: 15000 }).catch(() => {});
      const tags = await page.locator('.village .nut-tag').allInnerTexts();
      if (tags.some((t) => t.trim() !== '不达标')) throw new Error(`the red filter kept ${tags.join('|')}`);
    },
  ],
  [
    'supervisor-views-3-village-in-words',
    async (page, { base }) => {
      await enterAs(page, base, '县级管理员');
      await tab(page, '各村').click();
      await page.locator('.village').first().waitFor({ timeout: 20000 });
      await page.locator('.village').first().click();
      await page.getByText('已计在村').first().waitFor({ timeout: 20000 });
      await page.getByText(/^按时\d+天，补写\d+天，缺\d+天$/).first().waitFor();
      await page.locator('.rule__mark', { hasText: /通过|不达标|进行中|不考核/ }).first().waitFor();
      if (!(await page.getByText(/^拨打电话 1\d{10}$/).count()) && !(await page.getByText('名册里没有手机号').count())) throw new Error('no way to call a cadre');
    },
  ],
  [
    'supervisor-views-4-approval-effect',
    async (page, { base }) => {
      await api(base, 'demo-fs', 'leave.apply', { type: 'personal', from: FROM, to: TO, reason: '家中有事，需回家两天', clientRequestId: `e2e-views-${FROM}` });
      await enterAs(page, base, '乡镇督导');
      await tab(page, '审批').click();
      await page.getByText(/待我审批（\d+）/).waitFor({ timeout: 20000 });
      const card = page.locator('.card', { hasText: '家中有事，需回家两天' }).first();
      await card.waitFor({ timeout: 15000 });
      const queue = await api(base, 'demo-supervisor', 'leave.queue', {});
      const mine = queue.pending.find((l) => l.reason === '家中有事，需回家两天');
      // The card shows exactly what the server judged (a leave on rest days only takes nothing and says nothing).
      for (const e of mine.effects) await card.locator('.leave-effect', { hasText: e.sentence }).waitFor();
      if (mine.effects.some((e) => !/^批准后\d+月(无法达标|余量很少|仍可达标|仍达标)/.test(e.sentence))) throw new Error(JSON.stringify(mine.effects));
    },
  ],
]);
