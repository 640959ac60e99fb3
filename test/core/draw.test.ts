import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  assignmentsOf,
  byTicket,
  commitmentOf,
  quotasOf,
  runDraw,
  sampleOf,
  seedOf,
  sha256Hex,
  ticketOf,
  uncoveredCounties,
  verifyDraw,
  type DrawTeam,
  type FrameEntry,
  type PublishedDraw,
} from '../../src/core/draw';

const nodeSha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

// Known answers computed independently with `node -e` and node's crypto (see the numbers below).
const SEED = '03e2f65c90a31abfc55806a7a3f7377e27540fdfac46658bc299e36212677602';
const REVEALS = [
  { personId: 'psn_b', value: '222222222222' },
  { personId: 'psn_a', value: '111111111111' },
];
const PUBLIC = { text: '03 07 12 19 25 33 + 09', source: '演示用公开数' };
const entry = (code: string): FrameEntry => ({ villageId: `v_${code}`, villageCode: code, name: code, countyId: code.slice(0, 2) });
const FRAME = ['C1-V001', 'C1-V002', 'C1-V003', 'C1-V004', 'C1-V005', 'C2-V001', 'C2-V002', 'C2-V003'].map(entry);
const team = (teamId: string, home: string): DrawTeam => ({ teamId, name: teamId, homeCountyIds: [home], memberIds: [`m_${teamId}`] });
const TEAMS = [team('T1', 'C1'), team('T2', 'C2'), team('T3', 'C1')];

describe('sha256Hex', () => {
  it('matches known vectors and node crypto on ASCII, Chinese, emoji and block edges', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('驻村摇号')).toBe('618120fb4b2469d1c29fefa56c1626e08d129b903e4fd650957c0e2be851d3e8');
    for (const s of ['a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(1000), '😀x']) expect(sha256Hex(s)).toBe(nodeSha(s));
  });
  it('agrees with node crypto on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => sha256Hex(s) === nodeSha(s)), { numRuns: 300 });
  });
});

describe('seed, tickets, quotas and the sample', () => {
  it('seeds from the reveals in personId order plus the public value (known answer)', () => {
    expect(seedOf('draw_test', REVEALS, PUBLIC)).toBe(SEED);
    expect(seedOf('draw_test', [...REVEALS].reverse(), PUBLIC)).toBe(SEED); // order of arrival does not matter
    expect(seedOf('draw_test', REVEALS, null)).toBe('8bb16c942df7588a352563b81ba317e92cc97b835f0c11e72ab81c8742a0c8a6');
    expect(seedOf('draw_other', REVEALS, PUBLIC)).not.toBe(SEED);
    expect(seedOf('draw_test', [REVEALS[0], { personId: 'psn_a', value: '111111111112' }], PUBLIC)).not.toBe(SEED);
  });
  it('tickets are SHA-256(seed:code) and commitments SHA-256(number)', () => {
    expect(ticketOf(SEED, 'C1-V001').slice(0, 12)).toBe('1a41e1d4eb13');
    expect(ticketOf(SEED, 'C2-V003').slice(0, 12)).toBe('ed2cd3fb36ca');
    expect(commitmentOf('123456789012')).toBe('2a33349e7e606a8ad2e30e3c84521f9377450cf09083e162e0a9b1480ce0f972');
  });
  it('k = max(1, ⌈rate × n⌉) per county, in whole numbers', () => {
    expect(quotasOf(FRAME, 0.1)).toEqual([{ countyId: 'C1', n: 5, k: 1 }, { countyId: 'C2', n: 3, k: 1 }]);
    expect(quotasOf(FRAME, 0.5)).toEqual([{ countyId: 'C1', n: 5, k: 3 }, { countyId: 'C2', n: 3, k: 2 }]);
    expect(quotasOf(FRAME, 1)).toEqual([{ countyId: 'C1', n: 5, k: 5 }, { countyId: 'C2', n: 3, k: 3 }]);
    const thirty = Array.from({ length: 30 }, (_, i) => entry(`C9-V${String(i).padStart(3, '0')}`));
    expect(quotasOf(thirty, 0.1)[0].k).toBe(3); // 0.1 × 30 is 3.0000000000000004 in floating point
    expect(quotasOf(thirty, 0.15)[0].k).toBe(5); // ⌈4.5⌉
    expect(quotasOf([], 0.1)).toEqual([]);
  });
  it('draws the k smallest tickets per county, listed in ticket order (known answer)', () => {
    const codes = (rate: number) => sampleOf(FRAME, SEED, quotasOf(FRAME, rate)).map((s) => s.villageCode);
    expect(codes(0.1)).toEqual(['C1-V001', 'C2-V001']);
    expect(codes(0.5)).toEqual(['C1-V001', 'C1-V005', 'C1-V003', 'C2-V001', 'C2-V002']);
    expect(codes(1)).toHaveLength(8);
  });
  it('breaks equal tickets by village code', () => {
    const a = { villageId: 'a', villageCode: 'B', countyId: 'C', ticket: 'ff' };
    const b = { villageId: 'b', villageCode: 'A', countyId: 'C', ticket: 'ff' };
    const c = { villageId: 'c', villageCode: 'Z', countyId: 'C', ticket: '00' };
    expect([a, b, c].sort(byTicket).map((x) => x.villageCode)).toEqual(['Z', 'A', 'B']);
  });
  it('a sample never depends on the order of the frame', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(FRAME, { minLength: FRAME.length }), fc.constantFrom(0.1, 0.3, 0.5), (frame, rate) => {
        const a = sampleOf(frame, SEED, quotasOf(frame, rate));
        const b = sampleOf(FRAME, SEED, quotasOf(FRAME, rate));
        return JSON.stringify(a) === JSON.stringify(b);
      }),
    );
  });
});

describe('assignments', () => {
  it('city draw: never a team\'s home county; fewest first, ties by SHA-256(seed:code:team) (known answer)', () => {
    const sel = sampleOf(FRAME, SEED, quotasOf(FRAME, 0.5));
    const a = assignmentsOf('city', sel, TEAMS, SEED);
    expect(a.map((x) => `${x.villageId}>${x.teamId}`)).toEqual(['v_C1-V001>T2', 'v_C1-V005>T2', 'v_C1-V003>T2', 'v_C2-V001>T1', 'v_C2-V002>T3']);
  });
  it('county draw: any team, balanced (known answer)', () => {
    const frame = FRAME.filter((f) => f.countyId === 'C1');
    const sel = sampleOf(frame, SEED, quotasOf(frame, 0.5));
    expect(assignmentsOf('county', sel, TEAMS, SEED).map((x) => x.teamId)).toEqual(['T3', 'T1', 'T2']);
  });
  it('names counties no team may cross-check, and leaves such a village unassigned', () => {
    expect(uncoveredCounties('city', FRAME, [team('T1', 'C1')])).toEqual(['C1']);
    expect(uncoveredCounties('county', FRAME, [team('T1', 'C1')])).toEqual([]);
    const sel = sampleOf(FRAME, SEED, quotasOf(FRAME, 0.1));
    expect(assignmentsOf('city', sel, [team('T1', 'C1')], SEED)).toEqual([{ villageId: 'v_C1-V001', teamId: null }, { villageId: 'v_C2-V001', teamId: 'T1' }]);
  });
});

describe('verifyDraw', () => {
  const members = [
    { personId: 'psn_a', name: '甲', value: '111111111111' },
    { personId: 'psn_b', name: '乙', value: '222222222222' },
  ];
  const teams: DrawTeam[] = [
    { teamId: 'T1', name: '第一组', homeCountyIds: ['C1'], memberIds: ['psn_a'] },
    { teamId: 'T2', name: '第二组', homeCountyIds: ['C2'], memberIds: ['psn_b'] },
  ];
  const published = (): PublishedDraw => {
    const reveals = members.map((m) => ({ personId: m.personId, value: m.value, at: '2026-11-20T02:00:00.000Z' }));
    const out = runDraw({ id: 'draw_test', scopeLevel: 'city', rate: 0.5, frame: FRAME, teams, reveals, publicValue: PUBLIC });
    return {
      id: 'draw_test', scopeLevel: 'city', month: '2026-11', status: 'drawn', rate: 0.5, frame: FRAME, teams,
      commitments: members.map((m) => ({ personId: m.personId, name: m.name, hash: nodeSha(m.value), at: '2026-11-19T02:00:00.000Z' })),
      reveals, publicValue: PUBLIC, ...out,
    };
  };
  it('an honest draw is 一致 (the seed is the known answer)', () => {
    const v = verifyDraw(JSON.parse(JSON.stringify(published())));
    expect(v).toMatchObject({ ok: true, problems: [] });
    expect(v.recomputed?.seed).toBe(SEED);
  });
  it('finds a reveal that does not match its commitment', () => {
    const d = published();
    d.reveals[0] = { ...d.reveals[0], value: '111111111119' };
    const v = verifyDraw(d);
    expect(v.ok).toBe(false);
    expect(v.problems).toContain('甲 揭示的数字与承诺不符');
    expect(v.problems.join()).toContain('种子不一致');
  });
  it('finds a swapped village, a wrong seed, a changed quota, a team sent home, a missing reveal', () => {
    const swapped = published();
    swapped.selection[0] = { ...swapped.selection[0], villageId: 'v_C1-V002', villageCode: 'C1-V002' };
    expect(verifyDraw(swapped).problems.join()).toMatch(/抽中的村不一致：多出 C1-V002（C1-V002）；应抽中却没有 C1-V001/);
    const seed = published();
    seed.seed = '0'.repeat(64);
    expect(verifyDraw(seed).problems.join()).toContain('种子不一致');
    const quota = published();
    quota.rate = 0.1;
    expect(verifyDraw(quota).problems.join()).toContain('各县抽取数不一致');
    const home = published();
    home.assignments = home.assignments.map((a) => ({ ...a, teamId: 'T1' }));
    const hp = verifyDraw(home).problems.join();
    expect(hp).toContain('督查组分派与按种子重算的结果不一致');
    expect(hp).toContain('第一组 被派去了本县的 C1-V001');
    const missing = published();
    missing.reveals.pop();
    expect(verifyDraw(missing).problems).toContain('乙 没有揭示');
  });
  it('refuses a rate below 10%, a draw not yet drawn, and JSON that is not a draw', () => {
    const low = published();
    low.rate = 0.05;
    expect(verifyDraw(low).problems.join()).toContain('低于10%');
    const open = { ...published(), status: 'committing' as const, reveals: [] };
    expect(verifyDraw(open)).toMatchObject({ ok: false, recomputed: null, problems: ['这次摇号还没有开奖，只能核对已公示的部分'] });
    expect(verifyDraw({}).problems).toContain('缺少摇号编号（id）');
    expect(verifyDraw(null).ok).toBe(false);
  });
});
