// H5 clock-in with the browser's own geolocation (no simulated position): Chromium is given a GPS
// (WGS-84) position, the app converts it to the fences' GCJ-02 datum and the server decides. A cadre
// standing in the village is 在村; one 3 km south is 不在村 with the distance; a browser that refuses
// location gets a Chinese hint and nothing is sent. Screenshots: test-results/e2e/geolocation-*.png.
import { register } from 'tsx/esm/api';
import { api, button, enterAt, journeyNow, runJourney, shanghaiDayOf } from './stack.mjs';

register();
const { gcj02ToWgs84 } = await import('../../src/core/gcj02.ts');

const TODAY = shanghaiDayOf(journeyNow());
const at = (hhmm) => `${TODAY}T${hhmm}:00+08:00`;

/** The first fence of the caller's village, as a GPS position a phone standing there would report. */
async function gpsOfVillage(base, openid, northM) {
  const who = await api(base, openid, 'session.whoami', {});
  const fence = who.villages[0].fence[0];
  const gps = gcj02ToWgs84(fence);
  return { latitude: gps.lat + northM / 111_195, longitude: gps.lng, accuracy: 15 };
}

async function tapClockIn(page) {
  await page.getByText('驻村打卡').first().waitFor({ timeout: 20000 });
  await button(page, '驻村打卡').click();
}

const todayOf = async (base, openid) => {
  const t = await api(base, openid, 'cadre.today', {});
  return JSON.stringify([t.clockedIn, t.clockInAt, t.fieldToday]);
};

await runJourney('geolocation', [
  [
    'geolocation-1-refused',
    async (page, { base }) => {
      // No permission granted: the browser refuses, the app says what to do and sends nothing.
      await enterAt(page, base, at('08:30'), '驻村工作队员');
      const before = await todayOf(base, 'demo-member');
      await tapClockIn(page);
      await page.getByText('浏览器没有允许使用位置').first().waitFor({ timeout: 15000 });
      if (await page.getByText('本次打卡').count()) throw new Error('a refused location still produced a clock-in result');
      const after = await todayOf(base, 'demo-member');
      if (before !== after) throw new Error(`a refused location still sent a clock-in (${before} → ${after})`);
    },
  ],
  [
    'geolocation-2-far-away',
    async (page, { base }) => {
      await page.context().grantPermissions(['geolocation']);
      await page.context().setGeolocation(await gpsOfVillage(base, 'demo-member', -3000));
      await enterAt(page, base, at('08:40'), '驻村工作队员');
      await tapClockIn(page);
      const card = page.locator('.card', { hasText: '本次打卡' }).first();
      await card.getByText('不在村', { exact: true }).waitFor({ timeout: 15000 });
      const metres = Number((await card.getByText(/^约\d+米$/).innerText()).match(/\d+/)[0]);
      // 3 km south of the fence's centre is about 3 km away, never a few hundred metres (a datum mix-up shows here).
      if (metres < 2500 || metres > 3500) throw new Error(`distance ${metres} m for a point 3 km away`);
    },
  ],
  [
    'geolocation-3-in-village',
    async (page, { base }) => {
      await page.context().grantPermissions(['geolocation']);
      await page.context().setGeolocation(await gpsOfVillage(base, 'demo-fs', 40));
      await enterAt(page, base, at('08:50'), '第一书记');
      await tapClockIn(page);
      const card = page.locator('.card', { hasText: '本次打卡' }).first();
      await card.getByText('在村', { exact: true }).waitFor({ timeout: 15000 });
      await page.getByText(/已打卡 \d\d:\d\d/).first().waitFor({ timeout: 15000 });
    },
  ],
]);
