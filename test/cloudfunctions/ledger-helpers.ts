import { normaliseRecord } from '../../cloudfunctions/common/inspection/record-docs';
import type { DocDriver } from '../../cloudfunctions/common/store/driver';

export const COUNTY = 'cty_430121';
export const V1 = 'vil_430121_V001'; // 红旗村, 城关镇 (demo-fs, demo-member)
export const V2 = 'vil_430121_V002'; // 新民村, 城关镇
export const V5 = 'vil_430121_V005'; // 龙泉村, 龙泉镇
export const T1 = 'twn_430121_T01';
export const T2 = 'twn_430121_T02';
export const INSPECTOR = 'psn_430121_P0005';

/** A valid little JPEG (right signature), different per `n`. */
export function jpeg(n: number): string {
  return Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, n & 255, (n >> 8) & 255, 0xff, 0xd9]).toString('base64');
}

/**
 * An inspection team with the demo inspector (bound to `demo-inspector`), a signed record per
 * village and one open problem each, as the inspection record writes them when signed.
 */
export async function seedProblems(store: DocDriver, month: string, villages: { id: string; townshipId: string }[], dueDay: string) {
  await store.update('people', INSPECTOR, { openid: 'ledger-inspector' });
  await store.put('inspection_teams', { _id: 'team-1', scopeLevel: 'county', scopeId: COUNTY, name: '第一督查组', memberIds: [INSPECTOR], homeCountyIds: [COUNTY] });
  const ids: string[] = [];
  for (const v of villages) {
    const rec = `rec-${v.id}-${month}`;
    await store.put('inspection_records', normaliseRecord({ _id: rec, villageId: v.id, countyId: COUNTY, townshipId: v.townshipId, month, teamId: 'team-1', status: 'signed' }));
    const id = `prb-${v.id}-${month}`;
    await store.put('problems', {
      _id: id,
      villageId: v.id,
      countyId: COUNTY,
      townshipId: v.townshipId,
      month,
      inspectionId: rec,
      source: 'item',
      itemKey: 'team-3',
      text: '工作队未建立完整的民情日志，入户走访记录不全，部分贫困户情况掌握不清。',
      responsiblePersonId: null,
      measures: '',
      dueDay,
      status: 'open',
      createdAt: `${month}-28T08:00:00.000Z`,
      createdBy: INSPECTOR,
    });
    ids.push(id);
  }
  return ids;
}
