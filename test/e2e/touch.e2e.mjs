/* global getComputedStyle */
// Touch and type on a 390×844 phone, for a reader of sixty: as the first secretary (今天, 日志 with the
// household picker and its search, 请假, 本月, 我的) and as a villager answering a survey, every visible
// button and tab is at least 44 px tall with at least 8 px between neighbouring buttons, and every text box
// takes taps over its whole styled box (the native element covers ≥ 90 % of it) in a font of at least
// 16 px; the picker's rows and 取消/确定 are large too. Screenshots: test-results/e2e/touch-*.png.
import { SHOTS, api, button, enterAs, runJourney, tab } from './stack.mjs';

const MIN_TAP = 44;
const MIN_GAP = 8;
const MIN_FONT = 16;

const shot = (page, name) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

const boxes = async (locator) => {
  const out = [];
  for (const el of await locator.all()) {
    if (!(await el.isVisible())) continue;
    const box = await el.boundingBox();
    if (box && box.width > 0 && box.height > 0) out.push({ box, text: (await el.innerText()).trim().slice(0, 16) });
  }
  return out;
};

/** The gap between two boxes (0 when they touch or overlap). */
const gap = (a, b) => Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), b.y - (a.y + a.height), a.y - (b.y + b.height), 0);
const inside = (a, b) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

/** Every visible button and tab item ≥ 44 px tall, buttons ≥ 8 px apart; every text box filled by its native element, ≥ 16 px text. */
async function checkTouch(page, where) {
  const problems = [];
  const buttons = await boxes(page.locator('taro-button-core'));
  const tabs = await boxes(page.locator('.role-tabbar__item'));
  for (const { box, text } of [...buttons, ...tabs]) if (box.height < MIN_TAP) problems.push(`"${text}" is ${box.height.toFixed(1)} px tall`);
  for (let i = 0; i < buttons.length; i += 1) {
    for (let j = i + 1; j < buttons.length; j += 1) {
      const [a, b] = [buttons[i], buttons[j]];
      if (inside(a.box, b.box) || inside(b.box, a.box)) continue;
      if (gap(a.box, b.box) < MIN_GAP) problems.push(`"${a.text}" and "${b.text}" are ${gap(a.box, b.box).toFixed(1)} px apart`);
    }
  }
  let textBoxes = 0;
  for (const host of await page.locator('taro-textarea-core, taro-input-core').all()) {
    if (!(await host.isVisible())) continue;
    const field = host.locator('textarea, input').first();
    const outer = await host.boundingBox();
    const inner = await field.boundingBox();
    if (!outer || !inner) continue;
    textBoxes += 1;
    const w = Math.min(outer.x + outer.width, inner.x + inner.width) - Math.max(outer.x, inner.x);
    const h = Math.min(outer.y + outer.height, inner.y + inner.height) - Math.max(outer.y, inner.y);
    const cover = (Math.max(0, w) * Math.max(0, h)) / (outer.width * outer.height);
    const font = await field.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const name = (await field.getAttribute('placeholder')) ?? 'text box';
    if (cover < 0.9) problems.push(`"${name}" covers ${(cover * 100).toFixed(0)} % of its box (${inner.height.toFixed(0)} of ${outer.height.toFixed(0)} px tall)`);
    if (font < MIN_FONT) problems.push(`"${name}" text is ${font} px`);
  }
  if (problems.length) throw new Error(`${where}: ${problems.join('; ')}`);
  return { buttons: buttons.length, tabs: tabs.length, textBoxes };
}

/** The open picker: rows and 取消/确定 in ≥ 16 px text, 取消/确定 ≥ 44 px tall. */
async function checkPicker(page) {
  const sheet = page.locator('.weui-picker').filter({ visible: true }).first();
  await sheet.waitFor({ timeout: 10000 });
  for (const action of await sheet.locator('.weui-picker__action').all()) {
    const box = await action.boundingBox();
    const font = await action.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    if (box.height < MIN_TAP || font < MIN_FONT) throw new Error(`picker "${await action.innerText()}": ${box.height.toFixed(1)} px tall, ${font} px text`);
  }
  const font = await sheet.locator('.weui-picker__item').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  if (font < MIN_FONT) throw new Error(`picker rows in ${font} px text`);
}

const cadre = async (page, base, label) => {
  await enterAs(page, base, '第一书记');
  await tab(page, '今天').waitFor({ timeout: 20000 });
  if (label !== '今天') await tab(page, label).click();
};

await runJourney('touch', [
  [
    'touch-1-today',
    async (page, { base }) => {
      await cadre(page, base, '今天');
      await page.locator('taro-button-core').first().waitFor({ timeout: 20000 });
      await checkTouch(page, '今天');
    },
  ],
  [
    'touch-2-diary',
    async (page, { base }) => {
      await cadre(page, base, '日志');
      await page.locator('textarea').first().waitFor({ timeout: 20000 });
      await page.locator('.diary-search input').waitFor({ timeout: 20000 });
      const m = await checkTouch(page, '日志');
      if (m.textBoxes < 6) throw new Error(`日志: only ${m.textBoxes} text boxes measured`);
      // A paste over the limit stays whole and is refused in words; saving waits.
      const long = '走'.repeat(2003);
      await page.locator('textarea').nth(1).fill(long);
      await page.getByText('最多2000字，已超出3字').waitFor({ timeout: 10000 });
      if ((await page.locator('textarea').nth(1).inputValue()).length !== long.length) throw new Error('the paste was cut');
      const disabled = await button(page, '保存日志').evaluate((el) => el.hasAttribute('disabled') || /disabled/.test(el.className));
      if (!disabled) throw new Error('保存日志 not disabled while too long');
      await shot(page, 'touch-2-diary-too-long');
      await page.locator('textarea').nth(1).fill('');
    },
  ],
  [
    'touch-3-household-picker',
    async (page, { base }) => {
      await cadre(page, base, '日志');
      const search = page.locator('.diary-search input');
      await search.waitFor({ timeout: 20000 });
      await search.fill('组');
      const rows = page.locator('.diary-match');
      await rows.first().waitFor({ timeout: 10000 });
      const first = (await rows.first().innerText()).trim();
      const name = first.split(/\s+/)[1]?.replace(/（.*$/, '');
      await search.fill(name);
      if ((await rows.count()) < 1 || !(await rows.first().innerText()).includes(name)) throw new Error(`search for ${name} did not list it`);
      for (const box of (await boxes(rows)).map((r) => r.box)) if (box.height < MIN_TAP) throw new Error(`household row ${box.height} px tall`);
      await rows.first().click();
      await page.getByText(`走访农户：${first.split(/\s+/)[0]} ${name}`).waitFor({ timeout: 10000 });
      await checkTouch(page, '日志 · 走访');
      await search.fill('');
      await page.locator('.diary-pick').click();
      await checkPicker(page);
    },
  ],
  [
    'touch-4-leave',
    async (page, { base }) => {
      await cadre(page, base, '请假');
      await page.locator('textarea').first().waitFor({ timeout: 20000 });
      await checkTouch(page, '请假');
    },
  ],
  [
    'touch-5-month',
    async (page, { base }) => {
      await cadre(page, base, '本月');
      await page.getByText(/\d{4}年\d{1,2}月/).first().waitFor({ timeout: 20000 });
      await checkTouch(page, '本月');
    },
  ],
  [
    'touch-6-me',
    async (page, { base }) => {
      await cadre(page, base, '我的');
      await page.getByText('消息').first().waitFor({ timeout: 20000 });
      await checkTouch(page, '我的');
    },
  ],
  [
    'touch-7-survey',
    async (page, { base }) => {
      const { campaigns } = await api(base, 'demo-supervisor', 'survey.listCampaigns', {});
      const campaign = campaigns.find((c) => c.state === 'running');
      const village = campaign.villages.find((v) => v.name === '红旗村');
      const { link } = await api(base, 'demo-supervisor', 'survey.code', { campaignId: campaign.id, villageId: village.id });
      await page.goto(`${base}${link}`);
      await page.getByText('开始答题').waitFor({ timeout: 30000 });
      await checkTouch(page, '问卷 · 开始');
      await button(page, '开始答题').click();
      await page.getByText('每户填一份').waitFor();
      await checkTouch(page, '问卷 · 户主');
      await page.locator('.sv-input input').nth(0).fill('王大明');
      await page.locator('.sv-input input').nth(1).fill('第五组');
      await shot(page, 'touch-7-survey-household');
      await button(page, '下一步').click();
      // Through the choice questions (first choice each) to the text question.
      for (let i = 0; i < 10 && !(await page.locator('.sv-textarea').isVisible()); i += 1) {
        await page.locator('taro-button-core.sv-choice').first().waitFor({ timeout: 10000 });
        if (i === 0) await checkTouch(page, '问卷 · 选择题');
        await page.locator('taro-button-core.sv-choice').first().click();
        await button(page, '下一题').click();
      }
      await page.locator('.sv-textarea textarea').waitFor({ timeout: 10000 });
      await checkTouch(page, '问卷 · 填空题');
      await page.locator('.sv-textarea textarea').fill('意'.repeat(205));
      await page.getByText('最多200字，已超出5字').first().waitFor({ timeout: 10000 });
      await button(page, '提交').click();
      if (await page.getByText('谢谢您！').isVisible()) throw new Error('an over-long answer was sent');
      await shot(page, 'touch-7-survey-too-long');
      await page.locator('.sv-textarea textarea').fill('希望多组织技术培训');
      await button(page, '提交').click();
      await page.getByText('谢谢您！').waitFor({ timeout: 15000 });
    },
  ],
]);
