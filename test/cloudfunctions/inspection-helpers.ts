import type { DrawDoc } from '../../cloudfunctions/common/inspection/docs';
import { seeded } from './harness';
import { bind } from './leave-helpers';

export type Stack = Awaited<ReturnType<typeof seeded>>;

export const COUNTY = 'cty_430121';
export const V1 = 'vil_430121_V001';
export const V2 = 'vil_430121_V002';
export const V5 = 'vil_430121_V005';
export const INSPECTOR = 'psn_430121_P0005';
export const INSPECTOR2 = 'psn_430121_P0099';
export const TEAM = 'team_test_1';
export const DRAW = 'draw_test_1';

/**
 * The draw area's documents as the record reads them (a team of two inspectors, a drawn draw of the
 * month with V001 and V002 for the team and V005 for another team), and the identities the tests use:
 * demo-inspector and insp-2 (the team), insp-other (another team), sup-2 (township T02), fs-2 (V002's
 * first secretary), city-admin (the city above the county).
 */
export async function withDraw(s: Stack, month = '2026-11'): Promise<void> {
  await bind(s, 'P0005', 'demo-inspector');
  await bind(s, 'P0003', 'sup-2');
  await bind(s, 'P0201', 'fs-2');
  await s.store.put('people', { _id: INSPECTOR2, countyId: COUNTY, code: 'P0099', name: '孙立新', phone: null, unitId: null, villageId: null, stationedFrom: null, stationedUntil: null, openid: 'insp-2' });
  await s.store.put('grants', { _id: `${INSPECTOR2}:inspector:${COUNTY}`, personId: INSPECTOR2, countyId: COUNTY, role: 'inspector', scopeLevel: 'county', scopeId: COUNTY, scopeName: '长沙县' });
  await s.store.put('people', { _id: 'psn_430121_P0098', countyId: COUNTY, code: 'P0098', name: '钱晓东', phone: null, unitId: null, villageId: null, stationedFrom: null, stationedUntil: null, openid: 'insp-other' });
  await s.store.put('grants', { _id: `psn_430121_P0098:inspector:${COUNTY}`, personId: 'psn_430121_P0098', countyId: COUNTY, role: 'inspector', scopeLevel: 'county', scopeId: COUNTY, scopeName: '长沙县' });
  // The city above the county (the demo seed may already have one).
  const cityId = String((await s.store.get('counties', COUNTY))?.cityId ?? 'city_4301');
  await s.store.update('counties', COUNTY, { cityId });
  await s.store.put('people', { _id: 'psn_city_admin', countyId: COUNTY, code: 'C0001', name: '市组织部', phone: null, unitId: null, villageId: null, stationedFrom: null, stationedUntil: null, openid: 'city-admin' });
  await s.store.put('grants', { _id: `psn_city_admin:city_admin:${cityId}`, personId: 'psn_city_admin', countyId: COUNTY, role: 'city_admin', scopeLevel: 'city', scopeId: cityId, scopeName: '长沙市' });
  await s.store.put('inspection_teams', { _id: TEAM, scopeLevel: 'county', scopeId: COUNTY, name: '第一督查组', memberIds: [INSPECTOR, INSPECTOR2], homeCountyIds: [COUNTY] });
  await s.store.put('inspection_teams', { _id: 'team_test_2', scopeLevel: 'county', scopeId: COUNTY, name: '第二督查组', memberIds: ['psn_430121_P0098'], homeCountyIds: [COUNTY] });
  // A drawn draw as the draw area stores it; the record reads only its month and assignments.
  const frame = [
    { villageId: V1, villageCode: '430121-V001', name: '红旗村', countyId: COUNTY },
    { villageId: V2, villageCode: '430121-V002', name: '新民村', countyId: COUNTY },
    { villageId: V5, villageCode: '430121-V005', name: '龙泉村', countyId: COUNTY },
  ];
  const draw: DrawDoc = {
    _id: DRAW,
    scopeLevel: 'county',
    scopeId: COUNTY,
    scopeName: '长沙县',
    cityId,
    month,
    status: 'drawn',
    rate: 1,
    frameRule: 'all',
    frame,
    teams: [
      { teamId: TEAM, name: '第一督查组', homeCountyIds: [COUNTY], memberIds: [INSPECTOR, INSPECTOR2] },
      { teamId: 'team_test_2', name: '第二督查组', homeCountyIds: [COUNTY], memberIds: ['psn_430121_P0098'] },
    ],
    countyNames: { [COUNTY]: '长沙县' },
    commitments: [],
    reveals: [],
    publicValue: null,
    seed: null,
    quotas: [{ countyId: COUNTY, n: 3, k: 3 }],
    selection: frame.map((f, i) => ({ villageId: f.villageId, villageCode: f.villageCode, countyId: COUNTY, ticket: String(i) })),
    assignments: [
      { villageId: V1, teamId: TEAM },
      { villageId: V2, teamId: TEAM },
      { villageId: V5, teamId: 'team_test_2' },
    ],
    createdBy: 'psn_430121_P0001',
    createdAt: `${month}-01T00:00:00.000Z`,
    publishedAt: `${month}-01T00:00:00.000Z`,
    drawnAt: `${month}-02T00:00:00.000Z`,
    publicFileId: null,
    publicUrl: null,
  };
  await s.store.put('draws', draw);
}

let n = 0;
export const rid = () => `insp-req-${String((n += 1)).padStart(6, '0')}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type View = any;

/** The save input that keeps a record as it is, with the given changes. */
export function saveInput(rec: View, patch: Record<string, unknown> = {}) {
  return {
    recordId: rec.id,
    header: { population: rec.header.population, poorCount: rec.header.poorCount, lastYearIncome: rec.header.lastYearIncome, fundWan: rec.header.fundWan, projectFundWan: rec.header.projectFundWan },
    items: rec.items.map((i: View) => ({ key: i.key, answer: i.answer, note: i.note })),
    checks: rec.checks,
    satisfaction: { visited: rec.satisfaction.visited, satisfiedRate: rec.satisfaction.satisfiedRate, dissatisfiedRate: rec.satisfaction.dissatisfiedRate, note: rec.satisfaction.note },
    extraProblems: rec.extraProblems,
    finish: false,
    clientRequestId: rid(),
    ...patch,
  };
}

/** A complete form: every item 是 but one 否 with a note, every fact confirmed. */
export function filled(rec: View, patch: Record<string, unknown> = {}) {
  const checks = Object.fromEntries(factKeysOf(rec).map((k) => [k, { state: 'confirmed', value: null, note: '' }]));
  const items = rec.items.map((i: View) => ({ key: i.key, answer: i.key === 'secretary-6' ? 'no' : 'yes', note: i.key === 'secretary-6' ? '村级发展规划未更新' : '' }));
  return saveInput(rec, { items, checks, header: { population: '1860', poorCount: '96', lastYearIncome: '8200元', fundWan: '12', projectFundWan: '35' }, ...patch });
}

export function factKeysOf(rec: View): string[] {
  return [...rec.facts.cadres.map((c: View) => `cadre:${c.personId}`), ...(rec.facts.coverage ? ['coverage'] : []), ...(rec.facts.survey ? ['survey'] : [])];
}

/** Opens V001's record as the inspector and answers its view. */
export async function opened(s: Stack, villageId = V1): Promise<View> {
  const r = await s.call('demo-inspector', 'inspection.open', { drawId: DRAW, villageId });
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

export async function ok(p: Promise<{ ok: boolean; data?: unknown; error?: { message: string } }>): Promise<View> {
  const r = await p;
  if (!r.ok) throw new Error(r.error!.message);
  return r.data;
}
