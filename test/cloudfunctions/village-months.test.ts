/**
 * A county's month is judged from its villages: each village keeps its cadres (written by the
 * roster import) and its month (`village_months`, written with every rollup in one transaction).
 * These tests hold the two copies to their sources: the village months to the rollups, the judged
 * month to the month judged from people, grants and rollups. On SQLite and, in `npm test`'s second
 * pass, on the CloudBase driver over the emulator.
 */
import ExcelJS from 'exceljs';
import { countyTarget, computeMonthCompliance } from '../../cloudfunctions/common/compliance-month';
import { ids } from '../../cloudfunctions/common/model';
import { addDay, personMonthId, updatePersonMonth, writeRollup } from '../../cloudfunctions/common/month';
import { memberMonth, villageMonthId } from '../../cloudfunctions/common/village-months';
import { readWorkbook } from '../../cloudfunctions/common/exports/sheet';
import { findAll } from '../../cloudfunctions/common/store/driver';
import { NOW, seeded, TEST_STORE } from './harness';

const COUNTY = ids.county('430121');
const V001 = ids.village(COUNTY, 'V001');
const V002 = ids.village(COUNTY, 'V002');

async function cadresOf(store: Awaited<ReturnType<typeof seeded>>['store'], villageId: string) {
  return (await store.get('villages', villageId))!.cadres!.map((c) => c.personId);
}

describe(`on ${TEST_STORE}: village months`, () => {
  it('hold exactly the rollups of their cadres, for every village and month of the demo', async () => {
    const { store } = await seeded();
    const rollups = await findAll(store, 'person_months', { countyId: COUNTY });
    expect(rollups.length).toBeGreaterThan(40);
    for (const r of rollups) {
      const vm = await store.get('village_months', villageMonthId(r.villageId, r.month));
      expect(vm?.members[r.personId]).toEqual(memberMonth(r));
    }
    const months = await findAll(store, 'village_months', { countyId: COUNTY });
    expect(months.reduce((n, m) => n + Object.keys(m.members).length, 0)).toBe(rollups.length);
  });

  it('judge a month exactly as people, grants and rollups do (this month and last)', async () => {
    const { store } = await seeded();
    const target = await countyTarget(store, COUNTY);
    expect(target.villages.every((v) => v.cadres && v.cadres.length > 0)).toBe(true);
    // Villages without their cadres are judged the older way: from people, grants and rollups.
    const older = { ...target, villages: target.villages.map(({ cadres: _c, ...v }) => v) };
    for (const month of ['2026-10', '2026-11']) {
      const kept = await computeMonthCompliance(store, target, month, NOW, { fresh: true });
      expect(kept.counts.cadres).toBeGreaterThan(30);
      expect(kept).toEqual(await computeMonthCompliance(store, older, month, NOW, { fresh: true }));
    }
  });

  it('a village whose month has no document yet is judged from its cadres\' rollups, read by id', async () => {
    const { store } = await seeded();
    const target = await countyTarget(store, COUNTY);
    const before = await computeMonthCompliance(store, target, '2026-11', NOW, { fresh: true });
    await store.transaction(async (tx) => tx.remove('village_months', villageMonthId(V001, '2026-11')));
    expect(await computeMonthCompliance(store, target, '2026-11', NOW, { fresh: true })).toEqual(before);
  });

  it('start whole: the first write of a village\'s month takes in the rollups its cadres already had', async () => {
    const { store } = await seeded();
    const vmId = villageMonthId(V001, '2026-11');
    const whole = await store.get('village_months', vmId);
    await store.transaction(async (tx) => tx.remove('village_months', vmId));
    const [first] = await cadresOf(store, V001);
    const doc = (await store.get('person_months', personMonthId(first, '2026-11')))!;
    await writeRollup(store, doc);
    expect(await store.get('village_months', vmId)).toEqual(whole);
  });

  it('concurrent clock-ins of one village\'s cadres: every cadre\'s day is in the village month', async () => {
    const { store } = await seeded();
    const cadres = await cadresOf(store, V001);
    expect(cadres.length).toBeGreaterThanOrEqual(3);
    const people = await Promise.all(cadres.map((id) => store.get('people', id)));
    const day = '2026-11-21';
    await Promise.all(
      people.map((p) => updatePersonMonth(store, p!, ids.township(COUNTY, 'T01'), '2026-11', (d) => addDay(d.presentDays, day))),
    );
    const vm = (await store.get('village_months', villageMonthId(V001, '2026-11')))!;
    for (const id of cadres) {
      expect(vm.members[id].presentDays).toContain(day);
      expect(vm.members[id]).toEqual(memberMonth((await store.get('person_months', personMonthId(id, '2026-11')))!));
    }
  });
});

describe(`on ${TEST_STORE}: each village keeps its cadres through roster imports`, () => {
  async function importRows(s: Awaited<ReturnType<typeof seeded>>, rows: ExcelJS.CellValue[][]) {
    const t = await s.call('demo-admin', 'roster.template');
    if (!t.ok) throw new Error(t.error.message);
    const wb = await readWorkbook(Buffer.from(t.data.base64, 'base64'));
    wb.eachSheet((ws) => ws.spliceRows(2, 1));
    for (const r of rows) wb.getWorksheet('人员')!.addRow(r);
    const r = await s.importRoster(Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'));
    expect(r.ok).toBe(true);
  }
  /** A 人员 row: 人员编码, 姓名, 手机号, 派出单位编码, 角色, 驻村编码, 驻村开始日期, 驻村结束日期, 负责乡镇编码. */
  const member = (village: string, from = '2026-11-10', until = '') => ['P9201', '孙立新', '', 'U01', '驻村工作队员', village, from, until, ''];
  const P9201 = ids.person(COUNTY, 'P9201');

  it('a new cadre joins their village, a move leaves one village for the other, dates follow the roster', async () => {
    const s = await seeded();
    const before = await cadresOf(s.store, V001);
    await importRows(s, [member('V001')]);
    expect(await cadresOf(s.store, V001)).toEqual([...before, P9201].sort());
    const joined = (await s.store.get('villages', V001))!.cadres!.find((c) => c.personId === P9201);
    expect(joined).toEqual({ personId: P9201, name: '孙立新', role: 'team_member', stationedFrom: '2026-11-10', stationedUntil: null });

    await importRows(s, [member('V002', '2026-11-10', '2027-06-30')]);
    expect(await cadresOf(s.store, V001)).toEqual(before);
    expect(await cadresOf(s.store, V002)).toContain(P9201);
    expect((await s.store.get('villages', V002))!.cadres!.find((c) => c.personId === P9201)?.stationedUntil).toBe('2027-06-30');
  });

  it('the judged month counts the new cadre as people and grants would', async () => {
    const s = await seeded();
    await importRows(s, [member('V001')]);
    const target = await countyTarget(s.store, COUNTY);
    const older = { ...target, villages: target.villages.map(({ cadres: _c, ...v }) => v) };
    const kept = await computeMonthCompliance(s.store, target, '2026-11', NOW, { fresh: true });
    expect(kept.villages.find((v) => v.villageId === V001)!.persons.map((p) => p.personId)).toContain(P9201);
    expect(kept).toEqual(await computeMonthCompliance(s.store, older, '2026-11', NOW, { fresh: true }));
  });
});
