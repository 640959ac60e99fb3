import { createHash } from 'node:crypto';
import { verifyDraw } from '../../src/core/draw';
import { inspectorAssignments } from '../../cloudfunctions/common/inspection/assigned';
import { PersonRow } from '../../cloudfunctions/common/roster/rows';
import { NOW, seeded } from './harness';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const CITY_DRAW = 'draw_city_439900_2026-11';
const COUNTY_DRAW = 'draw_cty_430121_2026-11';
const SECRET1 = '314159265358979';
const SECRET2 = '271828182845904';
const plan = (extra: Record<string, unknown> = {}) => ({ month: '2026-11', ratePercent: 10, frameRule: 'all', clientRequestId: 'plan-0001', ...extra });

async function published() {
  const h = await seeded();
  const p = await h.call('demo-city-admin', 'draw.plan', plan());
  expect(p).toMatchObject({ ok: true, data: { id: CITY_DRAW, status: 'planned' } });
  expect(await h.call('demo-city-admin', 'draw.publish', { drawId: CITY_DRAW, clientRequestId: 'pub-0001' })).toMatchObject({ ok: true, data: { status: 'committing' } });
  return h;
}

describe('the demo seed', () => {
  it('holds last month\'s city draw, drawn, with a public JSON that re-runs to the same result', async () => {
    const { call, files } = await seeded(NOW, { asLocalStack: true });
    const index = JSON.parse(files.get('test:public/draws/index.json')!.toString('utf8'));
    expect(index.draws).toEqual([expect.objectContaining({ id: 'draw_city_439900_2026-10', month: '2026-10', status: 'drawn', frameSize: 15, selected: 3 })]);
    // Re-run from the published JSON alone: no store, no handler.
    const json = JSON.parse(files.get('test:public/draws/draw_city_439900_2026-10.json')!.toString('utf8'));
    expect(verifyDraw(json)).toMatchObject({ ok: true, problems: [] });
    expect(json.quotas).toEqual([{ countyId: 'cty_430121', n: 12, k: 2 }, { countyId: 'cty_439902', n: 3, k: 1 }]);
    // The same JSON for anyone through the api (the mini-program reads it this way), villagers included.
    expect(await call('demo-villager', 'draw.publicGet', { drawId: json.id })).toEqual({ ok: true, data: json });
    expect(await call('demo-villager', 'draw.publicIndex', {})).toMatchObject({ ok: true, data: { draws: [{ id: json.id }] } });
  });

  it.each([
    ['the 1st of a month before 08:30', '2026-12-01T08:10:00+08:00', '2026-11'],
    ['31 December', '2026-12-31T23:50:00+08:00', '2026-11'],
    ['New Year\'s Day just after midnight', '2027-01-01T00:05:00+08:00', '2026-12'],
    ['1 March', '2027-03-01T09:00:00+08:00', '2027-02'],
  ])('has last month\'s draw on %s', async (_, iso, month) => {
    const { call, store } = await seeded(new Date(iso));
    const draws = await store.find('draws', {});
    expect(draws.map((d) => d._id)).toEqual([`draw_city_439900_${month}`]);
    const json = await call('demo-villager', 'draw.publicGet', { drawId: `draw_city_439900_${month}` });
    expect(json.ok && verifyDraw(json.data)).toMatchObject({ ok: true });
  });

  it('assigns each drawn village to a team from another county', async () => {
    const { store } = await seeded();
    const mine = await inspectorAssignments(store, 'psn_430121_P0005');
    const theirs = await inspectorAssignments(store, 'psn_439902_Y005');
    expect(mine.map((a) => a.villageId.slice(0, 11))).toEqual(['vil_439902_']);
    expect(theirs).toHaveLength(2);
    expect(theirs.every((a) => a.villageId.startsWith('vil_430121_') && a.month === '2026-10' && a.teamId === 'team_439900_2')).toBe(true);
    expect(await inspectorAssignments(store, 'psn_430121_P0101')).toEqual([]);
  });
});

describe('draw.plan', () => {
  it('the city admin plans the city, stratified per county; the county admin plans the county', async () => {
    const { call } = await seeded();
    const city = await call('demo-city-admin', 'draw.plan', plan({ ratePercent: 20 }));
    expect(city).toMatchObject({ ok: true, data: { scopeLevel: 'city', scopeName: '青岚市', status: 'planned', rate: 0.2 } });
    if (!city.ok) return;
    expect(city.data.frame).toHaveLength(15);
    expect(city.data.quotas).toEqual([{ countyId: 'cty_430121', n: 12, k: 3 }, { countyId: 'cty_439902', n: 3, k: 1 }]);
    expect(city.data.frame[0].villageCode).toBe('430121-V001');
    expect(city.data.waitingCommit).toEqual(['韩雪梅', '钟立平']);
    const county = await call('demo-admin', 'draw.plan', plan({ month: '2026-12', clientRequestId: 'plan-0002' }));
    expect(county).toMatchObject({ ok: true, data: { id: 'draw_cty_430121_2026-12', scopeLevel: 'county', quotas: [{ countyId: 'cty_430121', n: 12, k: 2 }] } });
  });

  it('leaves out teams sent by city units when asked (只含县直单位派出的工作队)', async () => {
    const { call } = await seeded();
    const r = await call('demo-city-admin', 'draw.plan', plan({ frameRule: 'countyUnits' }));
    expect(r.ok && r.data.frame.map((f: { name: string }) => f.name)).not.toContain('茶园村');
    expect(r.ok && r.data.frame).toHaveLength(14);
  });

  it('refuses bad input in Chinese and stores nothing', async () => {
    const { call, store } = await seeded();
    const before = await store.count('draws', {});
    const cases: [Record<string, unknown>, RegExp][] = [
      [plan({ ratePercent: 5 }), /不能低于10%/],
      [plan({ ratePercent: 101 }), /不能超过100%/],
      [plan({ ratePercent: 12.5 }), /整数/],
      [plan({ month: '2026-10' }), /只能为本月（2026-11）或下月（2026-12）/],
      [plan({ month: '2027-01' }), /只能为本月/],
      [plan({ month: '2026-13' }), /月份/],
      [plan({ frameRule: 'some' }), /请选择名单范围/],
      [plan({ publicValue: { text: '', source: '双色球' } }), /公开数|来源/],
      [plan({ extra: 1 }), /./],
    ];
    for (const [input, msg] of cases) {
      const r = await call('demo-city-admin', 'draw.plan', input);
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!r.ok) expect(r.error.message).toMatch(msg);
    }
    expect(await store.count('draws', {})).toBe(before);
  });

  it('only managers plan; an inspector, a cadre, a supervisor or a villager cannot', async () => {
    const { call, store } = await seeded();
    for (const who of ['demo-inspector', 'demo-fs', 'demo-supervisor']) expect(await call(who, 'draw.plan', plan())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-villager', 'draw.plan', plan())).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await store.get('draws', CITY_DRAW)).toBeNull();
  });

  it('a county without a team that may cross-check it is refused', async () => {
    const { call, store } = await seeded();
    await store.update('inspection_teams', 'team_439900_1', { memberIds: [] });
    const r = await call('demo-city-admin', 'draw.plan', plan());
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('云溪县没有可以去交叉检查的督查组') } });
  });
});

describe('publish, commit, reveal, draw', () => {
  it('runs the whole draw: nobody reveals before all have committed; the last reveal draws; the result is final', async () => {
    const { call, files, store } = await published();
    // Retrying the publish answers the same and writes nothing new.
    expect(await call('demo-city-admin', 'draw.publish', { drawId: CITY_DRAW, clientRequestId: 'pub-0001' })).toMatchObject({ ok: true, data: { status: 'committing' } });
    expect(await call('demo-city-admin', 'draw.publish', { drawId: CITY_DRAW, clientRequestId: 'pub-0002' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这次摇号已经公示过了。' } });
    expect(JSON.parse(files.get(`test:public/draws/${CITY_DRAW}.json`)!.toString()).status).toBe('committing');
    // Re-planning after 公示 is refused.
    expect(await call('demo-city-admin', 'draw.plan', plan({ clientRequestId: 'plan-0009' }))).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('不能重新摇号') } });

    const c1 = { drawId: CITY_DRAW, hash: sha(SECRET1), clientRequestId: 'commit-01' };
    expect(await call('demo-inspector', 'draw.commit', c1)).toMatchObject({ ok: true, data: { me: { committed: true }, waitingCommit: ['钟立平'] } });
    expect(await call('demo-inspector', 'draw.commit', c1)).toMatchObject({ ok: true }); // a retry
    expect(await call('demo-inspector', 'draw.commit', { ...c1, clientRequestId: 'commit-02' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '您已经提交过承诺，承诺不能更改。' } });
    expect((await store.get('draws', CITY_DRAW))!.commitments).toHaveLength(1);
    expect(await call('demo-inspector', 'draw.reveal', { drawId: CITY_DRAW, value: SECRET1, clientRequestId: 'reveal-01' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '还有1位督查组成员没有提交承诺，全部提交后才能揭示。' },
    });
    expect(await call('demo-inspector-2', 'draw.commit', { drawId: CITY_DRAW, hash: sha(SECRET2).toUpperCase(), clientRequestId: 'commit-03' })).toMatchObject({ ok: true, data: { waitingCommit: [] } });

    // A wrong number changes nothing.
    const wrong = await call('demo-inspector', 'draw.reveal', { drawId: CITY_DRAW, value: '314159265358978', clientRequestId: 'reveal-02' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('与您提交的承诺不符') } });
    expect((await store.get('draws', CITY_DRAW))!.reveals).toEqual([]);
    const r1 = await call('demo-inspector', 'draw.reveal', { drawId: CITY_DRAW, value: SECRET1, clientRequestId: 'reveal-03' });
    expect(r1).toMatchObject({ ok: true, data: { status: 'committing', me: { revealed: true }, reveals: [{ name: '韩雪梅', value: null }], waitingReveal: ['钟立平'] } });
    // Before the draw the revealed numbers stay out of the public JSON.
    expect(JSON.stringify(JSON.parse(files.get(`test:public/draws/${CITY_DRAW}.json`)!.toString()))).not.toContain(SECRET1);
    const r2 = await call('demo-inspector-2', 'draw.reveal', { drawId: CITY_DRAW, value: SECRET2, clientRequestId: 'reveal-04' });
    expect(r2).toMatchObject({ ok: true, data: { status: 'drawn' } });
    if (!r2.ok) return;
    expect(r2.data.selection).toHaveLength(3);
    expect(r2.data.reveals.map((r: { value: string }) => r.value).sort()).toEqual([SECRET2, SECRET1].sort());
    // Cross-check: nobody inspects their own county.
    for (const s of r2.data.selection) expect(s.teamId).toBe(s.countyId === 'cty_430121' ? 'team_439900_2' : 'team_439900_1');

    // The published JSON alone re-runs to the same seed and selection.
    const json = JSON.parse(files.get(`test:public/draws/${CITY_DRAW}.json`)!.toString('utf8'));
    expect(verifyDraw(json)).toMatchObject({ ok: true });
    expect(json.seed).toBe(r2.data.seed);
    expect(JSON.parse(files.get('test:public/draws/index.json')!.toString()).draws.map((d: { id: string }) => d.id)).toContain(CITY_DRAW);

    // Final: no redraw, no more reveals or commitments.
    expect(await call('demo-city-admin', 'draw.plan', plan({ clientRequestId: 'plan-0010' }))).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已经开奖') } });
    expect(await call('demo-inspector', 'draw.reveal', { drawId: CITY_DRAW, value: SECRET1, clientRequestId: 'reveal-05' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // The drawn villages are the inspectors' now.
    const mine = await inspectorAssignments(store, 'psn_430121_P0005');
    expect(mine.filter((a) => a.month === '2026-11').map((a) => a.villageId).sort()).toEqual(
      r2.data.selection.filter((s: { teamId: string }) => s.teamId === 'team_439900_1').map((s: { villageId: string }) => s.villageId).sort(),
    );
  });

  it('checks who may do what on a draw', async () => {
    const { call } = await seeded();
    await call('demo-admin', 'draw.plan', plan({ clientRequestId: 'plan-0003' }));
    // An unpublished plan is its managers' alone.
    expect(await call('demo-inspector', 'draw.get', { drawId: COUNTY_DRAW })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('demo-inspector', 'draw.commit', { drawId: COUNTY_DRAW, hash: sha(SECRET1), clientRequestId: 'commit-04' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('demo-city-admin', 'draw.publish', { drawId: COUNTY_DRAW, clientRequestId: 'pub-0003' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('demo-villager', 'draw.publicGet', { drawId: COUNTY_DRAW })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('demo-admin', 'draw.publish', { drawId: COUNTY_DRAW, clientRequestId: 'pub-0004' })).toMatchObject({ ok: true });
    // Published: the county's own team commits; a member of another team or a cadre cannot.
    expect(await call('demo-inspector-2', 'draw.commit', { drawId: COUNTY_DRAW, hash: sha(SECRET2), clientRequestId: 'commit-05' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('demo-fs', 'draw.commit', { drawId: COUNTY_DRAW, hash: sha(SECRET2), clientRequestId: 'commit-06' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-city-admin', 'draw.commit', { drawId: COUNTY_DRAW, hash: sha(SECRET2), clientRequestId: 'commit-07' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-inspector', 'draw.commit', { drawId: COUNTY_DRAW, hash: 'abc', clientRequestId: 'commit-08' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('64位') } });
    expect(await call('demo-inspector', 'draw.reveal', { drawId: COUNTY_DRAW, value: '123', clientRequestId: 'reveal-06' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('12到32位数字') } });
    // The city admin sees the county's published draw (read-only); the county admin sees the city's list.
    expect(await call('demo-city-admin', 'draw.get', { drawId: COUNTY_DRAW })).toMatchObject({ ok: true, data: { me: { canManage: false } } });
    const list = await call('demo-inspector', 'draw.list', {});
    expect(list).toMatchObject({ ok: true, data: { planScope: null } });
    expect(list.ok && list.data.draws.find((d: { id: string }) => d.id === COUNTY_DRAW)).toMatchObject({ todo: 'commit' });
    const adminList = await call('demo-admin', 'draw.list', {});
    expect(adminList.ok && adminList.data.draws.map((d: { id: string }) => d.id)).toEqual([COUNTY_DRAW, 'draw_city_439900_2026-10']);
    expect(adminList).toMatchObject({ ok: true, data: { planScope: { level: 'county', id: 'cty_430121' }, planMonths: ['2026-11', '2026-12'] } });
  });
});

describe('an inspector sees only the villages drawn for their team', () => {
  it('reads a drawn village, its cadres and diaries; nothing else, and never the county', async () => {
    const { call, store } = await seeded();
    const [drawn] = await inspectorAssignments(store, 'psn_430121_P0005'); // in 云溪县, another county
    const other = 'vil_430121_V001'; // the inspector's own county, not drawn for their team
    const fs = (await store.find('people', { villageId: drawn.villageId }))[0];
    const month = '2026-11';
    const ok = (r: unknown) => expect(r).toEqual(expect.objectContaining({ ok: true }));
    const out = (r: unknown) => expect(r).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    ok(await call('demo-inspector', 'reports.villageMonth', { villageId: drawn.villageId, month }));
    ok(await call('demo-inspector', 'compliance.monthly', { month, villageId: drawn.villageId }));
    ok(await call('demo-inspector', 'flags.list', { villageId: drawn.villageId }));
    ok(await call('demo-inspector', 'cadre.month', { month, personId: fs._id }));
    ok(await call('demo-inspector', 'diary.list', { month, villageId: drawn.villageId }));
    ok(await call('demo-inspector', 'grading.village', { villageId: drawn.villageId, month }));
    out(await call('demo-inspector', 'reports.villageMonth', { villageId: other, month }));
    out(await call('demo-inspector', 'compliance.monthly', { month, villageId: other }));
    out(await call('demo-inspector', 'flags.list', { villageId: other }));
    out(await call('demo-inspector', 'cadre.month', { month, personId: 'psn_430121_P0101' }));
    out(await call('demo-inspector', 'diary.list', { month, villageId: other }));
    out(await call('demo-inspector', 'grading.village', { villageId: other, month }));
    // County-wide views are refused with the reason.
    out(await call('demo-inspector', 'compliance.monthly', { month }));
    out(await call('demo-inspector', 'reports.dashboard', {}));
    out(await call('demo-inspector', 'flags.list', {}));
    expect(await call('demo-inspector', 'org.villagePicker', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('摇号抽中') } });
    // The county admin still sees the county; the city admin sees a village of either county.
    ok(await call('demo-admin', 'org.villagePicker', {}));
    ok(await call('demo-city-admin', 'reports.villageMonth', { villageId: drawn.villageId, month }));
  });
});

describe('the city level in a county roster', () => {
  it('is never given by a county import: 市级管理员 is not a roster role', () => {
    const row = { code: 'P9001', name: '测试人', phone: null, unitCode: null, villageCode: null, townshipCode: null };
    const r = PersonRow.safeParse({ ...row, roles: '市级管理员' });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues[0].message).toMatch(/^不认识的角色“市级管理员”，可填：第一书记、/);
      expect(r.error.issues[0].message).not.toMatch(/可填：.*市级管理员/);
    }
    expect(PersonRow.safeParse({ ...row, roles: '督查组成员' }).success).toBe(true);
  });
});

describe('督查组 (teams.list, teams.save)', () => {
  it('the city admin forms a team from inspectors of any county; its home counties follow from its members', async () => {
    const { call, store } = await seeded();
    const list = await call('demo-city-admin', 'teams.list', {});
    expect(list).toMatchObject({ ok: true, data: { scope: { level: 'city' }, teams: [{ name: '市第一督查组' }, { name: '市第二督查组' }] } });
    expect(list.ok && list.data.inspectors.map((p: { name: string; countyName: string }) => `${p.countyName}${p.name}`).sort()).toEqual(['云溪县钟立平', '长沙县韩雪梅'].sort());
    const input = { name: '市联合督查组', memberIds: ['psn_430121_P0005', 'psn_439902_Y005'], clientRequestId: 'team-0001' };
    const saved = await call('demo-city-admin', 'teams.save', input);
    expect(saved).toMatchObject({ ok: true });
    expect(await call('demo-city-admin', 'teams.save', input)).toEqual(saved); // a retry
    expect(await store.count('inspection_teams', { scopeId: 'city_439900' })).toBe(3);
    const team = await store.get('inspection_teams', saved.ok ? saved.data.teamId : '');
    expect(team).toMatchObject({ scopeLevel: 'city', homeCountyIds: ['cty_430121', 'cty_439902'] });
    // Renamed in place.
    expect(await call('demo-city-admin', 'teams.save', { ...input, teamId: team!._id, name: '市联合组', clientRequestId: 'team-0002' })).toMatchObject({ ok: true, data: { teamId: team!._id } });
    expect(await store.count('inspection_teams', { scopeId: 'city_439900' })).toBe(3);
  });

  it('refuses members outside the scope, bad names and other callers, and stores nothing', async () => {
    const { call, store } = await seeded();
    const before = await store.count('inspection_teams', {});
    expect(await call('demo-admin', 'teams.save', { name: '县督查组', memberIds: ['psn_439902_Y005'], clientRequestId: 'team-0003' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '有1人不是本县的督查组成员，不能加入督查组。' } });
    expect(await call('demo-admin', 'teams.save', { name: '县督查组', memberIds: ['psn_430121_P0101'], clientRequestId: 'team-0004' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('demo-admin', 'teams.save', { name: '组', memberIds: ['psn_430121_P0005'], clientRequestId: 'team-0005' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('至少2个字') } });
    expect(await call('demo-admin', 'teams.save', { name: '县督查组', memberIds: [], clientRequestId: 'team-0006' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('至少选择1名') } });
    expect(await call('demo-admin', 'teams.save', { teamId: 'team_439900_1', name: '改别人的组', memberIds: ['psn_430121_P0005'], clientRequestId: 'team-0007' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('demo-inspector', 'teams.save', { name: '自己的组', memberIds: ['psn_430121_P0005'], clientRequestId: 'team-0008' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-inspector', 'teams.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await store.count('inspection_teams', {})).toBe(before);
    expect(await call('demo-admin', 'teams.list', {})).toMatchObject({ ok: true, data: { scope: { level: 'county' }, teams: [{ name: '长沙县督查组' }], inspectors: [{ name: '韩雪梅' }] } });
  });
});
