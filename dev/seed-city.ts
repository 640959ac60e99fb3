import { dayStart, prevMonth, shanghaiMonth } from '../src/core';
import type { CityDoc, CountyDoc, GrantDoc, PersonDoc } from '../cloudfunctions/common/model';
import { ids } from '../cloudfunctions/common/model';
import { applyRoster } from '../cloudfunctions/common/roster/apply';
import type { RosterRows } from '../cloudfunctions/common/roster/rows';
import { validateRoster } from '../cloudfunctions/common/roster/validate';
import type { DrawDoc, InspectionTeamDoc } from '../cloudfunctions/common/inspection/docs';
import { commitDraw, planDraw, publishDraw, revealDraw } from '../cloudfunctions/common/inspection/draw-steps';
import { writePublicDraw } from '../cloudfunctions/common/inspection/public';
import { commitmentOf } from '../src/core/draw';
import type { Services } from '../cloudfunctions/common/services';
import type { DocDriver } from '../cloudfunctions/common/store/driver';

/** The demo city (an invented name) above the demo county, and a second, small county in it. */
export const CITY: CityDoc = { _id: ids.city('439900'), code: '439900', name: '青岚市' };
export const SECOND_COUNTY: CountyDoc = { _id: ids.county('439902'), code: '439902', name: '云溪县', cityId: CITY._id };

/** Demo openids of the city level (local stack only). */
export const CITY_DEMO = { cityAdmin: 'demo-city-admin', inspector: 'demo-inspector', inspector2: 'demo-inspector-2' } as const;

export const CITY_ADMIN_ID = 'psn_439900_C0001';
/** The demo county's 督查组成员 (韩雪梅) and the second county's. */
export const INSPECTOR_ID = ids.person(ids.county('430121'), 'P0005');
export const INSPECTOR2_ID = ids.person(SECOND_COUNTY._id, 'Y005');
export const CITY_TEAMS = { first: 'team_439900_1', second: 'team_439900_2' } as const;
export const COUNTY_TEAM = 'team_430121_1';

/** The demo secrets of last month's draw (a real inspector keeps theirs to themselves). */
const DEMO_SECRETS: Record<string, string> = { [INSPECTOR_ID]: '520131400718', [INSPECTOR2_ID]: '807746123905' };

/** 云溪县: one township, three villages with a first secretary and a member each; one team sent by a city unit. */
function secondCountyRows(): RosterRows {
  const rows: RosterRows = { townships: [{ code: 'T01', name: '溪口镇' }], villages: [], fences: [], units: [], people: [], households: [] };
  rows.units.push({ code: 'U01', name: '县农业农村局' }, { code: 'U02', name: '县住建局' }, { code: 'U03', name: '市交通运输局' });
  rows.people.push({ code: 'Y001', name: '欧阳明', phone: null, unitCode: null, roles: '县级管理员', villageCode: null, townshipCode: null });
  rows.people.push({ code: 'Y002', name: '石春燕', phone: null, unitCode: null, roles: '乡镇督导', villageCode: null, townshipCode: 'T01' });
  rows.people.push({ code: 'Y005', name: '钟立平', phone: null, unitCode: null, roles: '督查组成员', villageCode: null, townshipCode: null });
  const villages = [
    { name: '溪口村', lat: 27.91, lng: 113.21, unit: 'U01', fs: '谭卫国', member: '龚小燕' },
    { name: '竹林村', lat: 27.93, lng: 113.24, unit: 'U02', fs: '邹建军', member: '廖秋菊' },
    { name: '茶园村', lat: 27.89, lng: 113.18, unit: 'U03', fs: '贺志刚', member: '汤丽华' },
  ];
  villages.forEach((v, i) => {
    const code = `V00${i + 1}`;
    rows.villages.push({ code, name: v.name, townshipCode: 'T01' });
    rows.fences.push({ villageCode: code, lat: v.lat, lng: v.lng, radiusM: 800 });
    rows.people.push({ code: `Y${i + 1}01`, name: v.fs, phone: null, unitCode: v.unit, roles: '第一书记、驻村工作队队长', villageCode: code, townshipCode: null });
    rows.people.push({ code: `Y${i + 1}02`, name: v.member, phone: null, unitCode: v.unit, roles: '驻村工作队员', villageCode: code, townshipCode: null });
  });
  return rows;
}

/** The city and its admin, the second county's roster, the inspection teams. Runs after the demo county is seeded. */
export async function seedCity(store: DocDriver, now: Date, seedCountyActivity: (countyId: string) => Promise<void>): Promise<void> {
  const valid = validateRoster(secondCountyRows());
  if (!valid.ok) throw new Error(`second county roster invalid: ${JSON.stringify(valid.errors.slice(0, 3))}`);
  await store.put('counties', SECOND_COUNTY);
  await applyRoster({ now, person: null, openid: 'seed' }, store, SECOND_COUNTY, valid.roster);
  await store.update('people', INSPECTOR2_ID, { openid: CITY_DEMO.inspector2 });
  await store.update('people', INSPECTOR_ID, { openid: CITY_DEMO.inspector });
  await seedCountyActivity(SECOND_COUNTY._id);

  const admin: PersonDoc = { _id: CITY_ADMIN_ID, countyId: CITY._id, code: 'C0001', name: '罗承志', phone: null, unitId: null, villageId: null, stationedFrom: null, stationedUntil: null, openid: CITY_DEMO.cityAdmin };
  await store.put('people', admin);
  const grant: GrantDoc = { _id: ids.grant(admin._id, 'city_admin', CITY._id), personId: admin._id, countyId: CITY._id, role: 'city_admin', scopeLevel: 'city', scopeId: CITY._id, scopeName: CITY.name };
  await store.put('grants', grant);

  const teams: InspectionTeamDoc[] = [
    { _id: CITY_TEAMS.first, scopeLevel: 'city', scopeId: CITY._id, name: '市第一督查组', memberIds: [INSPECTOR_ID], homeCountyIds: [ids.county('430121')] },
    { _id: CITY_TEAMS.second, scopeLevel: 'city', scopeId: CITY._id, name: '市第二督查组', memberIds: [INSPECTOR2_ID], homeCountyIds: [SECOND_COUNTY._id] },
    { _id: COUNTY_TEAM, scopeLevel: 'county', scopeId: ids.county('430121'), name: '长沙县督查组', memberIds: [INSPECTOR_ID], homeCountyIds: [ids.county('430121')] },
  ];
  for (const t of teams) await store.put('inspection_teams', t);
}

/**
 * Last month's city draw (relative to the seed's clock, so it holds on the 1st and on 31 December):
 * planned and published on the 20th, committed on the 21st, revealed and drawn on the 24th.
 */
export async function seedLastMonthDraw(store: DocDriver, now: Date, services?: Services): Promise<DrawDoc> {
  const month = prevMonth(shanghaiMonth(now));
  const at = (day: number, hour: number) => new Date(dayStart(`${month}-${String(day).padStart(2, '0')}`).getTime() + hour * 3600_000);
  let d = await planDraw(store, { level: 'city', scopeId: CITY._id, scopeName: CITY.name, cityId: CITY._id, month, ratePercent: 10, frameRule: 'all', publicValue: null, by: CITY_ADMIN_ID, now: at(20, 9) });
  d = publishDraw(d, at(20, 10));
  const people = [
    { _id: INSPECTOR_ID, name: '韩雪梅' },
    { _id: INSPECTOR2_ID, name: '钟立平' },
  ];
  for (const [i, p] of people.entries()) d = commitDraw(d, p, commitmentOf(DEMO_SECRETS[p._id]), at(21, 9 + i));
  for (const [i, p] of people.entries()) d = revealDraw(d, p._id, DEMO_SECRETS[p._id], at(24, 9 + i));
  await store.put('draws', d);
  if (services) await writePublicDraw(store, services, d);
  return d;
}
