import { monthCalendar, prevMonth, shanghaiDay, shanghaiMonth, dayStart, type CalendarSource } from '../src/core';
import type { CountyDoc } from '../cloudfunctions/common/model';
import { ids } from '../cloudfunctions/common/model';
import { emptyPersonMonth, type PersonMonthDoc, writeRollup } from '../cloudfunctions/common/month';
import { countyPeople, countyVillages } from '../cloudfunctions/common/org';
import { applyRoster } from '../cloudfunctions/common/roster/apply';
import type { RosterRows } from '../cloudfunctions/common/roster/rows';
import { validateRoster } from '../cloudfunctions/common/roster/validate';
import type { Services } from '../cloudfunctions/common/services';
import type { DocDriver } from '../cloudfunctions/common/store/driver';
import { seedCalendar } from './seed-calendar';

/** Deterministic pseudo-random numbers so every fresh demo looks the same. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const TOWNSHIPS = [
  { code: 'T01', name: '城关镇', lat: 28.19, lng: 113.62, villages: ['红旗村', '新民村', '石桥村', '柳塘村'] },
  { code: 'T02', name: '龙泉镇', lat: 28.27, lng: 113.75, villages: ['龙泉村', '白沙村', '枫树村', '桃园村'] },
  { code: 'T03', name: '青山乡', lat: 28.08, lng: 113.51, villages: ['青山村', '双河村', '杨家坪村', '大冲村'] },
];
const UNITS = ['县科技局', '县农业农村局', '县人社局', '县财政局', '县交通运输局', '县卫健局', '县教育局', '县水利局', '国网县供电公司', '县林业局', '县自然资源局', '县民政局'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程';
const GIVEN = ['建国', '志强', '海燕', '红梅', '立新', '文华', '晓东', '春花', '国庆', '秀英', '永红', '德明', '丽娟', '卫东', '玉兰', '振华', '小军', '桂芳', '明辉', '淑珍', '俊杰', '雪梅', '爱民', '兴旺'];

/** Demo openids bound to roster people (local stack only). */
export const DEMO = { admin: 'P0001', supervisor: 'P0002', fs: 'P0101', member: 'P0102' } as const;

function rosterRows(): RosterRows {
  const rnd = prng(7);
  const name = (i: number) => SURNAMES[(i * 7) % SURNAMES.length] + GIVEN[(i * 5 + Math.floor(rnd() * 3)) % GIVEN.length];
  const rows: RosterRows = { townships: [], villages: [], fences: [], units: [], people: [], households: [] };
  UNITS.forEach((u, i) => rows.units.push({ code: `U${String(i + 1).padStart(2, '0')}`, name: u }));
  rows.people.push({ code: 'P0001', name: '周振华', phone: '13907310001', unitCode: null, roles: '县级管理员', villageCode: null, townshipCode: null });
  rows.people.push({ code: 'P0005', name: '韩雪梅', phone: null, unitCode: null, roles: '督查组成员', villageCode: null, townshipCode: null });
  let v = 0;
  TOWNSHIPS.forEach((t, ti) => {
    rows.townships.push({ code: t.code, name: t.name });
    rows.people.push({ code: `P000${ti + 2}`, name: name(90 + ti), phone: null, unitCode: null, roles: '乡镇督导', villageCode: null, townshipCode: t.code });
    t.villages.forEach((vn, vi) => {
      v += 1;
      const code = `V${String(v).padStart(3, '0')}`;
      rows.villages.push({ code, name: vn, townshipCode: t.code });
      const lat = +(t.lat + (vi - 1.5) * 0.021 + rnd() * 0.004).toFixed(6);
      const lng = +(t.lng + (vi % 2 ? 0.018 : -0.015) + rnd() * 0.004).toFixed(6);
      rows.fences.push({ villageCode: code, lat, lng, radiusM: 800 });
      if (vi === 0) rows.fences.push({ villageCode: code, lat: +(lat + 0.009).toFixed(6), lng: +(lng + 0.006).toFixed(6), radiusM: 500 });
      const unitCode = `U${String(v).padStart(2, '0')}`;
      const base = v * 100;
      rows.people.push({ code: `P0${base + 1}`, name: name(base + 1), phone: `1390731${String(base + 1).padStart(4, '0')}`, unitCode, roles: '第一书记、驻村工作队队长', villageCode: code, townshipCode: null });
      rows.people.push({ code: `P0${base + 2}`, name: name(base + 2), phone: null, unitCode, roles: '驻村工作队员', villageCode: code, townshipCode: null });
      rows.people.push({ code: `P0${base + 3}`, name: name(base + 3), phone: null, unitCode, roles: '驻村工作队员', villageCode: code, townshipCode: null });
    });
  });
  rows.people.push({ code: 'P0007', name: '蒋德明', phone: null, unitCode: 'U01', roles: '派出单位联络人', villageCode: null, townshipCode: null });
  return rows;
}

/** One county, 3 townships, 12 villages, 42 people, and two full months of activity plus this month so far; above it a city with a second small county (seed-city.ts). */
/**
 * `services` (delivery) lets the seed also raise the alerts the scheduler would have raised on the last
 * working day (seed-alerts.ts): the local stack passes them, handler tests that count alerts do not.
 */
export async function seedDemo(store: DocDriver, now: Date, openids: Record<keyof typeof DEMO, string>, services?: Services): Promise<void> {
  const { CITY, seedCity, seedLastMonthDraw } = await import('./seed-city');
  const county: CountyDoc = { _id: ids.county('430121'), code: '430121', name: '长沙县', cityId: CITY._id };
  if (await store.get('counties', county._id)) return;
  await store.put('cities', CITY);
  await store.put('counties', county);
  const valid = validateRoster(rosterRows());
  if (!valid.ok) throw new Error(`demo roster invalid: ${JSON.stringify(valid.errors.slice(0, 3))}`);
  const actor = { now, person: null, openid: 'seed' };
  await applyRoster(actor, store, county, valid.roster);
  for (const [key, code] of Object.entries(DEMO) as [keyof typeof DEMO, string][]) {
    await store.update('people', ids.person(county._id, code), { openid: openids[key] });
  }
  const calendar = await seedCalendar(store, now);
  await seedActivity(store, county._id, now, calendar);
  await (await import('./seed-reports')).seedReports(store, county._id, now, calendar);
  await (await import('./seed-diary')).seedDiary(store, county._id, now);
  await (await import('./seed-survey')).seedSurvey(store, county._id, now);
  await (await import('./seed-leave')).seedLeave(store, county._id, now);
  await (await import('./seed-presence')).seedPresence(store, county._id, now);
  // The city above, a second small county, inspection teams and last month's draw (after the demo county, whose numbers stay as they were).
  await seedCity(store, now, async (countyId) => {
    await seedActivity(store, countyId, now, calendar);
    await (await import('./seed-diary')).seedDiary(store, countyId, now);
  });
  await seedLastMonthDraw(store, now, services);
  await (await import('./seed-inspection')).seedInspection(store, now, services);
  await (await import('./seed-ledger')).seedLedger(store, county._id, now, services);
  if (services) await (await import('./seed-alerts')).seedAlerts(store, services, now, calendar);
}

const LAGGING = new Set(['P0301', 'P0401', 'P0502', 'P0901']);

async function seedActivity(store: DocDriver, countyId: string, now: Date, calendar: CalendarSource): Promise<void> {
  const rnd = prng(11);
  const today = shanghaiDay(now);
  const thisMonth = shanghaiMonth(now);
  const months = [prevMonth(prevMonth(thisMonth)), prevMonth(thisMonth), thisMonth];
  const people = await countyPeople(store, countyId);
  const villages = new Map((await countyVillages(store, countyId)).map((v) => [v._id, v.townshipId]));
  for (const p of people.filter((x) => x.villageId)) {
    // A few cadres lag behind, so the dashboards have something to show.
    const diligence = LAGGING.has(p.code) ? 0.5 : 0.88;
    for (const month of months) {
      const cal = monthCalendar(month, [], calendar);
      if (!cal.ok) continue;
      const doc: PersonMonthDoc = emptyPersonMonth(p, villages.get(p.villageId!) ?? '', month);
      for (const d of cal.days) {
        if (d.date >= today) break;
        const working = d.kind === 'workday' || d.kind === 'makeup-workday';
        if (rnd() > (working ? diligence : 0.35)) continue;
        doc.presentDays.push(d.date);
        const at = new Date(dayStart(d.date).getTime() + (8 * 60 + Math.floor(rnd() * 90)) * 60_000);
        doc.firstClockIn[d.date] = at.toISOString();
        if (rnd() < 0.9) doc.diaries.push({ day: d.date, writtenAt: new Date(dayStart(d.date).getTime() + 20.5 * 3600_000).toISOString() });
      }
      await writeRollup(store, doc);
    }
  }
}
