// Browser check of every demo role against the real local stack: each role enters through
// '选择体验身份' and its home shows data from the API; the first secretary also clocks in.
// Screenshots: test-results/e2e/<role>.png. Last line: `N passed, M failed`.
import { button, enterAs, runJourney } from './stack.mjs';

async function clockIn(page) {
  await button(page, '模拟位置').click();
  await page.getByText(/已打卡 \d\d:\d\d/).first().waitFor({ timeout: 15000 });
}

/** The city admin's 各村 switches between the city's counties. */
async function switchCounty(page) {
  for (const county of ['云溪县', '长沙县']) {
    await page.locator('.pill', { hasText: county }).first().click();
    await page.locator('.title', { hasText: `${county} 驻村情况` }).first().waitFor({ timeout: 20000 });
  }
}

// button: label in the role picker; expect: texts that only appear once the API answered (demo seed).
const roles = [
  { role: 'demo-admin', button: '县级管理员', expect: ['长沙县', '城关镇'] },
  { role: 'demo-supervisor', button: '乡镇督导', expect: ['红旗村', '新民村'] },
  { role: 'demo-fs', button: '第一书记', expect: ['红旗村', '本月'], then: clockIn },
  { role: 'demo-member', button: '驻村工作队员', expect: ['红旗村'] },
  { role: 'demo-city-admin', button: '市级管理员', expect: ['云溪县', '各村排名'], then: switchCounty },
  { role: 'demo-villager', button: '村民', expect: ['邀请码'] },
];

await runJourney(
  'roles',
  roles.map((r) => [
    r.role,
    async (page, { base }) => {
      await enterAs(page, base, r.button);
      for (const text of r.expect) await page.getByText(text).first().waitFor({ timeout: 20000 });
      if (r.then) await r.then(page);
    },
  ]),
);
