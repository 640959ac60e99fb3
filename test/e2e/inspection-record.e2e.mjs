// The inspection record (督查纪实表) in the browser at phone size, on the local stack's demo: a city
// inspector opens the village drawn for their team last month, confirms the system's figures, fills the
// items (saving once without a network: the save waits on the phone and goes when the network returns),
// asks for signatures; the village's first secretary signs on their own phone, the inspector signs and
// shows a one-time code, the village party secretary (no account) signs with it on a third phone; the
// record is valid and prints on A4 and exports to Excel. Each signer is a browser context of its own.
// Screenshots: test-results/e2e/inspection-*.png.
import { api, button, runJourney } from './stack.mjs';

const INSPECTOR = 'demo-inspector-2';
const RECORD = '/packages/inspection/pages/record/index';
const state = { recordId: null, fsOpenid: null, code: null, village: null };

/** Opens the app as an openid (the local stack's identity header) at a hash route. */
async function openAs(page, base, openid, route) {
  await page.addInitScript((id) => globalThis.localStorage.setItem('zhucun.demoOpenid', JSON.stringify({ data: id })), openid);
  await page.goto(`${base}/#${route}`);
}

/** Taro's H5 page scrolls inside its own container: grow the viewport so the screenshot shows it all. */
async function showWholePage(page) {
  const h = await page.evaluate(() => Math.max(...[...globalThis.document.querySelectorAll('.page, .pf-page')].map((e) => e.scrollHeight), globalThis.document.body.scrollHeight));
  await page.setViewportSize({ width: 390, height: Math.min(Math.max(h + 160, 844), 9000) });
  await page.waitForTimeout(300);
}

await runJourney('inspection-record', [
  [
    'inspection-1-my-villages',
    async (page, { base }) => {
      const mine = await api(base, INSPECTOR, 'inspection.mine', {});
      const v = mine.villages.find((x) => x.villageId.startsWith('vil_430121_')) ?? mine.villages[0];
      if (!v) throw new Error('no village drawn for the demo team');
      state.village = v.villageName;
      await openAs(page, base, INSPECTOR, '/packages/inspection/pages/records/index');
      await page.getByText('我的督查').first().waitFor({ timeout: 30000 });
      await page.locator('.insp-fact', { hasText: v.villageName }).first().click();
      await page.getByText('系统数据（截至').waitFor({ timeout: 20000 });
      state.recordId = decodeURIComponent(new URL(page.url().replace('#', '')).searchParams.get('id') ?? '') || (await api(base, INSPECTOR, 'inspection.open', { drawId: v.drawId, villageId: v.villageId })).id;
      await showWholePage(page);
    },
  ],
  [
    'inspection-2-fill-offline-then-sync',
    async (page, { base }) => {
      await openAs(page, base, INSPECTOR, `${RECORD}?id=${state.recordId}`);
      await page.getByText('系统数据（截至').waitFor({ timeout: 30000 });
      // Confirm every system figure (nobody re-types them).
      const facts = page.locator('.insp-fact').filter({ has: page.locator('.pill', { hasText: '确认' }) });
      for (let i = 0; i < (await facts.count()); i++) await facts.nth(i).locator('.pill', { hasText: '确认' }).click();
      // The items: 是 where nothing is chosen, one 否 with what was found.
      const items = page.locator('.insp-item');
      const n = await items.count();
      if (n !== 16) throw new Error(`expected 16 items, found ${n}`);
      for (let i = 0; i < n; i++) {
        const item = items.nth(i);
        if ((await item.locator('.pill--on').count()) === 0) await item.locator('.pill', { hasText: '是' }).click();
        const no = item.locator('.pill--on', { hasText: '否' });
        if ((await no.count()) > 0) await item.locator('input').fill('系统数据与现场核实一致，未达到要求');
      }
      const six = page.locator('#item-secretary-6');
      await six.locator('.pill', { hasText: '否' }).click();
      await six.locator('input').fill('村级发展规划三年未更新');
      const field = (label) => page.locator('.insp-field').filter({ has: page.locator('.insp-field-label', { hasText: new RegExp(`^${label}`) }) }).locator('input');
      await field('总人口').fill('1860');
      await field('扶贫基金到位').fill('12');
      const visited = field('走访人数');
      if (!(await visited.inputValue())) {
        await visited.fill('20');
        await field('满意率').fill('90');
        await field('不满意率').fill('5');
        await page.locator('input[placeholder^="与问卷不同的理由"]').fill('本村本月没有问卷，现场入户走访20户');
      }
      // No network in the village: the save waits on the phone.
      await page.context().setOffline(true);
      await button(page, '保存').click();
      await page.getByText('网络不通，已存在手机上，联网后自动上传。').waitFor({ timeout: 15000 });
      await page.getByText(/次保存等待上传/).waitFor({ timeout: 5000 });
      await page.context().setOffline(false);
      await page.evaluate(() => globalThis.dispatchEvent(new globalThis.Event('online')));
      await page.getByText(/次保存等待上传/).waitFor({ state: 'detached', timeout: 20000 });
      const saved = await api(base, INSPECTOR, 'inspection.get', { recordId: state.recordId });
      if (saved.items.find((i) => i.key === 'secretary-6').answer !== 'no' || saved.header.population !== '1860') throw new Error('the offline save did not reach the server');
      await button(page, '提交签字').click();
      await page.getByText('已提交，请三方签字。').waitFor({ timeout: 15000 });
      await showWholePage(page);
    },
  ],
  [
    'inspection-3-first-secretary-signs',
    async (page, { base }) => {
      const rec = await api(base, INSPECTOR, 'inspection.get', { recordId: state.recordId });
      const fs = rec.required.find((r) => r.role === 'first_secretary');
      if (fs.personId === 'psn_430121_P0101') state.fsOpenid = 'demo-fs';
      else {
        // The first secretary binds their own phone with an invitation from the county admin.
        const invite = await api(base, 'demo-admin', 'invite.create', { personId: fs.personId });
        state.fsOpenid = 'e2e-first-secretary-phone';
        await api(base, state.fsOpenid, 'invite.redeem', { code: invite.code });
      }
      await openAs(page, base, state.fsOpenid, '/pages/me/index');
      await page.locator('.card', { hasText: '督查纪实表' }).first().click();
      await page.locator('.insp-fact', { hasText: state.village }).first().click();
      await button(page, '确认签字（第一书记）').click();
      await page.locator('.row', { hasText: `第一书记 ${fs.name}` }).getByText(/已签/).waitFor({ timeout: 15000 });
      await showWholePage(page);
    },
  ],
  [
    'inspection-4-inspector-signs-and-shows-code',
    async (page, { base }) => {
      await openAs(page, base, INSPECTOR, `${RECORD}?id=${state.recordId}`);
      await button(page, '确认签字（督查组成员）').click();
      // Signed (the button goes): only then ask for the code, not while the signature is on its way.
      await button(page, '确认签字（督查组成员）').waitFor({ state: 'detached', timeout: 15000 });
      await page.locator('.row', { hasText: '督查组成员' }).getByText(/已签/).waitFor({ timeout: 15000 });
      await button(page, '请村党组织负责人签字').click();
      const code = page.locator('.insp-code-value');
      await code.waitFor({ timeout: 15000 });
      state.code = (await code.innerText()).trim();
      if (!/^[A-Z2-9]{8}$/.test(state.code)) throw new Error(`not a signing code: ${state.code}`);
      await page.locator('#insp-sign').scrollIntoViewIfNeeded();
      await showWholePage(page);
    },
  ],
  [
    'inspection-5-village-secretary-signs-on-own-phone',
    async (page, { base }) => {
      await openAs(page, base, 'e2e-village-secretary-phone', `/packages/inspection/pages/sign/index?code=${state.code}`);
      await button(page, '查看纪实表').click();
      await page.getByText('签字表示您认可本表所记情况').waitFor({ timeout: 15000 });
      await page.locator('input[placeholder="姓名"]').fill('王德明');
      await button(page, '确认签字').click();
      await page.getByText('本表三方已全部签字，正式生效。', { exact: false }).waitFor({ timeout: 15000 });
      const rec = await api(base, 'demo-admin', 'inspection.get', { recordId: state.recordId });
      if (rec.status !== 'signed' || rec.problems.length < 1) throw new Error(`record not valid: ${rec.status}, ${rec.problems.length} problems`);
      await showWholePage(page);
    },
  ],
  [
    'inspection-6-admin-prints-and-exports',
    async (page, { base }) => {
      await openAs(page, base, 'demo-admin', `${RECORD}?id=${state.recordId}`);
      await page.getByText('三方已全部签字，本表有效。').waitFor({ timeout: 30000 });
      const download = page.waitForEvent('download', { timeout: 20000 });
      await button(page, '导出Excel').click();
      const file = await download;
      if (!file.suggestedFilename().startsWith('督查纪实表-')) throw new Error(`unexpected file ${file.suggestedFilename()}`);
      await button(page, '打印纪实表（A4）').click();
      await page.locator('.pf-sheet').waitFor({ timeout: 20000 });
      await page.getByText('村党组织负责人：王德明').waitFor();
      await page.emulateMedia({ media: 'print' });
      await showWholePage(page);
    },
  ],
]);
