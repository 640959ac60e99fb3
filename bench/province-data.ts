/**
 * A province-sized roster for the bench, written straight into the store: the same documents
 * `roster.import` writes (counties, townships, villages with a fence, people, grants — ids from
 * model.ts `ids`) plus each cadre's month rollups (`person_months`) as clock-ins and diaries
 * would have left them. Direct writes, because importing 20,000 rows through the workbook path
 * takes minutes and measures the import, not the month.
 */
import { monthCalendar, type CalendarSource } from '../src/core';
import type { PersonMonthDoc } from '../cloudfunctions/common/month';
import { ids, type GrantDoc, type PersonDoc, type VillageDoc } from '../cloudfunctions/common/model';
import type { DocDriver } from '../cloudfunctions/common/store/driver';
import { villageCadres } from '../cloudfunctions/common/village-cadres';
import { writeRollup } from '../cloudfunctions/common/month';

export const CADRES_PER_VILLAGE = 3;
export const VILLAGES_PER_TOWNSHIP = 30;

/** A deterministic pseudo-random sequence in [0, 1). */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

/**
 * A county of `cadres` cadres (3 a village, 30 villages a township) and an admin bound to
 * `adminOpenid`, with rollups for `months` up to the day before `today`.
 */
export async function generateCounty(
  store: DocDriver,
  opts: { code: string; cadres: number; adminOpenid: string; months: string[]; today: string; calendar?: CalendarSource },
): Promise<{ countyId: string; villages: number }> {
  const countyId = ids.county(opts.code);
  const rnd = prng(Number(opts.code));
  const villages = Math.ceil(opts.cadres / CADRES_PER_VILLAGE);
  const calendars = opts.months.map((m) => monthCalendar(m, [], opts.calendar));
  await store.transaction(async (tx) => {
    await tx.put('counties', { _id: countyId, code: opts.code, name: `测试县${opts.code}` });
    const adminId = ids.person(countyId, 'A0001');
    await tx.put('people', { _id: adminId, countyId, code: 'A0001', name: '县管理员', phone: null, unitId: null, villageId: null, stationedFrom: null, stationedUntil: null, openid: opts.adminOpenid });
    await tx.put('grants', { _id: ids.grant(adminId, 'county_admin', countyId), personId: adminId, countyId, role: 'county_admin', scopeLevel: 'county', scopeId: countyId, scopeName: `测试县${opts.code}` });
    let made = 0;
    for (let v = 0; v < villages; v++) {
      const t = Math.floor(v / VILLAGES_PER_TOWNSHIP);
      const townshipId = ids.township(countyId, `T${String(t).padStart(3, '0')}`);
      if (v % VILLAGES_PER_TOWNSHIP === 0) await tx.put('townships', { _id: townshipId, countyId, code: `T${String(t).padStart(3, '0')}`, name: `第${t + 1}镇` });
      const vcode = `V${String(v).padStart(5, '0')}`;
      const village: VillageDoc = { _id: ids.village(countyId, vcode), countyId, townshipId, code: vcode, name: `${vcode}村`, fence: [{ lat: 28 + v / 10000, lng: 113 + v / 10000, radiusM: 800 }] };
      const people: PersonDoc[] = [];
      const grants: GrantDoc[] = [];
      for (let c = 0; c < CADRES_PER_VILLAGE && made + c < opts.cadres; c++) {
        const code = `P${String(made + c).padStart(6, '0')}`;
        const person: PersonDoc = { _id: ids.person(countyId, code), countyId, code, name: `干部${made + c}`, phone: null, unitId: null, villageId: village._id, stationedFrom: null, stationedUntil: null, openid: null };
        const role = c === 0 ? 'first_secretary' : 'team_member';
        people.push(person);
        grants.push({ _id: ids.grant(person._id, role, village._id), personId: person._id, countyId, role, scopeLevel: 'village', scopeId: village._id, scopeName: village.name });
      }
      // The village keeps its cadres, as the roster import leaves it.
      await tx.put('villages', { ...village, cadres: villageCadres(people, grants).get(village._id) ?? [] });
      for (const [i, person] of people.entries()) {
        await tx.put('people', person);
        await tx.put('grants', grants[i]);
        // Most cadres are diligent, some lag, a few hardly come: every tone of the dashboard shows.
        const diligence = made % 17 === 0 ? 0.3 : made % 5 === 0 ? 0.6 : 0.9;
        made += 1;
        for (const cal of calendars) {
          if (!cal.ok) continue;
          const doc: PersonMonthDoc = {
            _id: `${person._id}:${cal.month}`, personId: person._id, villageId: village._id, townshipId, countyId, month: cal.month,
            presentDays: [], fieldDays: [], officialDays: [], leaveDays: [], diaries: [], firstClockIn: {},
          };
          for (const d of cal.days) {
            if (d.date >= opts.today) break;
            const working = d.kind === 'workday' || d.kind === 'makeup-workday';
            if (rnd() > (working ? diligence : 0.3)) continue;
            doc.presentDays.push(d.date);
            doc.firstClockIn[d.date] = new Date(dayStart(d.date).getTime() + 8.5 * 3600_000).toISOString();
            if (rnd() < 0.9) doc.diaries.push({ day: d.date, writtenAt: new Date(dayStart(d.date).getTime() + 20.5 * 3600_000).toISOString() });
          }
          await writeRollup(tx, doc);
        }
      }
    }
  });
  return { countyId, villages };
}
