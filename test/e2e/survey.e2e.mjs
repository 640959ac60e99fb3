/* global document, window, getComputedStyle */
// Browser journey of the villager survey: a villager on a 360×740 phone opens the survey link of
// the seeded campaign (the H5 page with ?scene=, as the local QR code does), answers every
// question and sees the thank-you; a second phone (another browser, so another demo villager)
// answers the same link too; then the township supervisor opens the results and sees the
// village's count and awareness rate move, and so does the village's first secretary (我的 ·
// 群众评价: rates only, no codes). The supervisor makes a new campaign from the whole township; then
// the county grows past what one campaign takes (nine townships of 30 villages imported through the
// normal upload) and the county admin picks its villages township first. Screenshots: test-results/e2e/survey-*.png.
import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import { SHOTS, api, button, enterAs, runJourney } from './stack.mjs';

const SUPERVISOR = 'demo-supervisor';

/** The seeded campaign, 红旗村's link and its results before the villager answers. */
async function seededCampaign(base) {
  const { campaigns } = await api(base, SUPERVISOR, 'survey.listCampaigns', {});
  const campaign = campaigns.find((c) => c.state === 'running');
  const village = campaign.villages.find((v) => v.name === '红旗村');
  const code = await api(base, SUPERVISOR, 'survey.code', { campaignId: campaign.id, villageId: village.id });
  const results = await api(base, SUPERVISOR, 'survey.results', { campaignId: campaign.id, villageId: village.id });
  return { campaign, village, link: code.link, before: results.villages[0] };
}

/** The demo villager identity this browser keeps (Taro H5 storage: `{"data": …}`). */
const demoOpenid = (page) => page.evaluate(() => JSON.parse(window.localStorage.getItem('zhucun.demoOpenid') || 'null')?.data ?? '');

const shot = (page, name) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

/** Large type and big tap targets on the phone: body text ≥ 20 px, buttons ≥ 48 px high, nothing wider than the screen. */
async function checkSizes(page, selector) {
  const m = await page.evaluate((sel) => {
    const text = document.querySelector(sel);
    const btn = document.querySelector('.sv-primary');
    return {
      font: text ? parseFloat(getComputedStyle(text).fontSize) : 0,
      button: btn ? btn.getBoundingClientRect().height : 0,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  }, selector);
  if (m.font < 20) throw new Error(`${selector} font ${m.font}px < 20px`);
  if (m.button < 48) throw new Error(`button ${m.button}px < 48px`);
  if (m.overflow > 1) throw new Error(`page wider than the screen by ${m.overflow}px`);
}

/** Nine more townships of 30 villages each (with fences) into the demo county: 282 villages, more than one campaign takes. */
async function growCounty(base) {
  const { base64 } = await api(base, 'demo-admin', 'roster.template', {});
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64'));
  wb.eachSheet((ws) => ws.spliceRows(2, 1));
  const names = ['金井', '高桥', '北山', '福临', '开慧', '青山', '路口', '黄花', '江背'];
  for (const [t, name] of names.entries()) {
    const code = `T${String(t + 4).padStart(2, '0')}`;
    wb.getWorksheet('乡镇').addRow([code, `${name}镇`]);
    for (let v = 1; v <= 30; v++) {
      const vcode = `V${String(100 + t * 30 + v).padStart(3, '0')}`;
      wb.getWorksheet('村').addRow([vcode, `${name}${v}村`, code]);
      wb.getWorksheet('村围栏').addRow([vcode, String(28.3 + t / 100), String(113.1 + v / 1000), '600']);
    }
  }
  const res = await fetch(`${base}/upload`, { method: 'POST', headers: { 'X-Zhucun-Openid': 'demo-admin' }, body: Buffer.from(await wb.xlsx.writeBuffer()) });
  const up = await res.json();
  if (!up.ok) throw new Error(`upload: ${up.error?.message}`);
  await api(base, 'demo-admin', 'roster.import', { fileId: up.data.fileId });
}

let state;

await runJourney('survey', [
  [
    'survey-villager',
    async (page, { base }) => {
      state = await seededCampaign(base);
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${base}${state.link}`);
      await page.getByText('开始答题').waitFor({ timeout: 30000 });
      await page.getByText('答案是匿名的', { exact: false }).waitFor();
      await page.getByText('城关镇党委').waitFor();
      await checkSizes(page, '.sv-line');
      await shot(page, 'survey-villager-1-intro');
      await button(page, '开始答题').click();

      await page.getByText('每户填一份').waitFor();
      await page.locator('.sv-input input').nth(0).fill('王大明');
      await page.locator('.sv-input input').nth(1).fill('第五组');
      await shot(page, 'survey-villager-2-household');
      await button(page, '下一步').click();

      const picks = [
        ['您知道本村的第一书记是谁吗？', '知道，能说出名字'],
        ['第一书记或驻村工作队到您家走访过吗？', '走访过'],
        ['您知道村里有驻村工作队吗？', '知道'],
        ['您对驻村工作队的工作满意吗？', '满意'],
        ['给驻村工作队为群众办实事打个分（1到5分）', '5分'],
      ];
      for (const [i, [question, answer]] of picks.entries()) {
        await page.getByText(question).waitFor();
        await page.getByText(`第${i + 1}题 / 共6题`).waitFor();
        await page.locator('taro-button-core.sv-choice', { hasText: answer }).first().click();
        if (i === 0) {
          await checkSizes(page, '.sv-question');
          await shot(page, 'survey-villager-3-question');
        }
        await button(page, '下一题').click();
      }
      await page.getByText('您对驻村工作还有什么意见或建议？（可不填）').waitFor();
      await page.locator('.sv-textarea textarea').fill('希望多组织技术培训');
      await shot(page, 'survey-villager-4-last');
      await button(page, '提交').click();
      await page.getByText('谢谢您！').waitFor({ timeout: 15000 });
      await page.getByText('提交成功，感谢您的参与！').waitFor();
      await shot(page, 'survey-villager-5-thanks');

      // Opening the code again: already answered, said kindly.
      await page.reload();
      await page.getByText('谢谢您！').waitFor({ timeout: 15000 });
      state.firstOpenid = await demoOpenid(page);
      if (!/^demo-villager-[0-9a-f]{16}$/.test(state.firstOpenid)) throw new Error(`unexpected villager identity ${state.firstOpenid}`);
    },
  ],
  [
    // Another phone on the same link (a fresh browser): a villager of its own, not 'already answered'.
    'survey-second-villager',
    async (page, { base }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${base}${state.link}`);
      await page.getByText('开始答题').waitFor({ timeout: 30000 });
      await page.getByText('为防止一户重复答题', { exact: false }).waitFor();
      const openid = await demoOpenid(page);
      if (!/^demo-villager-[0-9a-f]{16}$/.test(openid) || openid === state.firstOpenid) throw new Error(`second phone identity ${openid} (first ${state.firstOpenid})`);
      await button(page, '开始答题').click();
      await page.getByText('每户填一份').waitFor();
      await page.locator('.sv-input input').nth(0).fill('李小红');
      await page.locator('.sv-input input').nth(1).fill('第二组');
      await button(page, '下一步').click();
      for (const [question, answer] of [
        ['您知道本村的第一书记是谁吗？', '知道，能说出名字'],
        ['第一书记或驻村工作队到您家走访过吗？', '走访过'],
        ['您知道村里有驻村工作队吗？', '知道'],
        ['您对驻村工作队的工作满意吗？', '满意'],
        ['给驻村工作队为群众办实事打个分（1到5分）', '4分'],
      ]) {
        await page.getByText(question).waitFor();
        await page.locator('taro-button-core.sv-choice', { hasText: answer }).first().click();
        await button(page, '下一题').click();
      }
      await page.getByText('您对驻村工作还有什么意见或建议？（可不填）').waitFor();
      await button(page, '提交').click();
      await page.getByText('提交成功，感谢您的参与！').waitFor({ timeout: 15000 });
      await shot(page, 'survey-villager-6-second-phone');
    },
  ],
  [
    'survey-supervisor-results',
    async (page, { base }) => {
      await enterAs(page, base, '乡镇督导');
      await page.locator('.role-tabbar__item', { hasText: '问卷' }).click();
      await page.getByText(state.campaign.title).first().waitFor({ timeout: 20000 });
      await shot(page, 'survey-supervisor-1-list');
      await page.getByText(state.campaign.title).first().click();
      const after = state.before.answers + 2;
      const card = page.locator('.card', { hasText: state.village.name });
      await card.getByText(`${after} / ${state.before.target} 份`).waitFor({ timeout: 20000 });
      const aware = state.before.awareness.positive + 2;
      await card.getByText(`${aware}/${after}人`, { exact: false }).first().waitFor();
      await shot(page, 'survey-supervisor-2-results');
      await page.getByText('二维码和海报').first().click();
      await page.locator('.survey-qr img, img.survey-qr, .survey-qr').first().waitFor({ timeout: 15000 });
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20000 }), button(page, '保存A4海报').click()]);
      await download.saveAs(`${SHOTS}/survey-poster.png`);
      await page.getByText('海报已生成').waitFor();
    },
  ],
  [
    'survey-cadre-results',
    async (page, { base }) => {
      await enterAs(page, base, '第一书记');
      await page.locator('.role-tabbar__item', { hasText: '我的' }).click();
      await page.getByText('群众评价').click();
      await page.getByText(state.campaign.title).first().click();
      const after = state.before.answers + 2;
      await page.getByText(`${state.before.awareness.positive + 2}/${after}人`, { exact: false }).first().waitFor({ timeout: 20000 });
      if ((await page.getByText('二维码和海报').count()) !== 0) throw new Error('a cadre must not get the QR codes');
      if ((await page.locator('.survey-bar').count()) !== 1) throw new Error('a cadre sees their own village only');
      await shot(page, 'survey-cadre-results');
    },
  ],
  [
    'survey-supervisor-create',
    async (page, { base }) => {
      await enterAs(page, base, '乡镇督导');
      await page.locator('.role-tabbar__item', { hasText: '问卷' }).click();
      await button(page, '新建问卷').click();
      await page.getByText('满意度调查', { exact: true }).click();
      await page.getByText('已选4个').waitFor({ timeout: 20000 });
      await page.getByText('柳塘村', { exact: true }).click(); // leave one village out
      await page.getByText('已选3个').waitFor();
      await shot(page, 'survey-supervisor-3-new');
      await button(page, '创建并生成二维码').click();
      await page.getByText('驻村工作队满意度调查').first().waitFor({ timeout: 20000 });
      await page.getByText('0 / 50 份').first().waitFor();
      if ((await page.getByText('0 / 50 份').count()) !== 3) throw new Error('expected 3 villages in the new campaign');
    },
  ],
  [
    'survey-admin-large-county',
    async (page, { base }) => {
      await growCounty(base);
      await enterAs(page, base, '县级管理员');
      await page.locator('.role-tabbar__item', { hasText: '问卷' }).click();
      await button(page, '新建问卷').click();
      await page.getByText('长沙县共282个村，一次最多选200个村。请先点乡镇，再选村。').waitFor({ timeout: 20000 });
      await page.getByText('已选0个').waitFor();
      await shot(page, 'survey-admin-1-townships');
      await page.getByText('高桥镇（30村）', { exact: true }).click();
      await page.getByText('高桥镇的村').waitFor();
      await page.getByText('高桥30村', { exact: true }).waitFor({ timeout: 20000 });
      await page.getByText('全选本乡镇', { exact: true }).click();
      await page.getByText('已选30个').waitFor();
      await page.getByText('高桥7村', { exact: true }).click(); // leave one out
      await page.getByText('高桥镇（已选29/30村）', { exact: true }).waitFor();
      await page.getByText('城关镇（4村）', { exact: true }).click();
      await page.getByText('红旗村', { exact: true }).click();
      await page.getByText('已选30个').waitFor();
      const chip = await page.getByText('红旗村', { exact: true }).boundingBox();
      if (!chip || chip.height < 40) throw new Error(`village chip ${chip?.height}px high, too small to tap`);
      await shot(page, 'survey-admin-2-township');
      await button(page, '创建并生成二维码').click();
      await page.getByText('0 / 50 份').first().waitFor({ timeout: 20000 });
      const rows = await page.getByText('0 / 50 份').count();
      if (rows !== 30) throw new Error(`expected 30 villages in the new campaign, saw ${rows}`);
      if ((await page.getByText('高桥7村').count()) !== 0) throw new Error('a village left out is in the campaign');
    },
  ],
]);

