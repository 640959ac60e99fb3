import { commitmentOf, quotasOf, runDraw, uncoveredCounties, type DrawScopeLevel, type FrameRule, type PublicValue } from '../../../src/core/draw';
import { fail } from '../errors';
import type { DocDriver } from '../store/driver';
import type { DrawDoc } from './docs';
import { drawId, membersOf } from './draw-access';
import { buildFrame, drawTeams } from './frame';

const NO_REDRAW = '摇号结果一经揭示即为最终结果，不能重新摇号。';

/**
 * A new plan (status 'planned'): the frame and teams as they stand now, the quotas per county. A
 * plan for the same scope and month may be replaced until it is published, never after.
 */
export async function planDraw(
  store: DocDriver,
  p: { level: DrawScopeLevel; scopeId: string; scopeName: string; cityId: string | null; month: string; ratePercent: number; frameRule: FrameRule; publicValue: PublicValue | null; by: string; now: Date },
): Promise<DrawDoc> {
  const id = drawId(p.scopeId, p.month);
  const existing = await store.get('draws', id);
  if (existing?.status === 'drawn') return fail('CONFLICT', `${p.month}的摇号已经开奖。${NO_REDRAW}`);
  if (existing?.status === 'committing') return fail('CONFLICT', `${p.month}的摇号计划已经公示，不能再改。${NO_REDRAW}`);
  const { frame, countyNames } = await buildFrame(store, p.level, p.scopeId, p.month, p.frameRule);
  if (frame.length === 0) return fail('VALIDATION', '按这个范围，名单里没有驻村工作队，无法摇号。');
  const teams = await drawTeams(store, p.level, p.scopeId);
  if (teams.length === 0) return fail('VALIDATION', '还没有督查组（或督查组没有成员），请先建立督查组。');
  const uncovered = uncoveredCounties(p.level, frame, teams);
  if (uncovered.length) {
    return fail('VALIDATION', `${uncovered.map((c) => countyNames[c] ?? c).join('、')}没有可以去交叉检查的督查组（督查组不查本县），请调整督查组。`);
  }
  const rate = p.ratePercent / 100;
  return {
    _id: id,
    scopeLevel: p.level,
    scopeId: p.scopeId,
    scopeName: p.scopeName,
    cityId: p.cityId,
    month: p.month,
    status: 'planned',
    rate,
    frameRule: p.frameRule,
    frame,
    teams,
    countyNames,
    commitments: [],
    reveals: [],
    publicValue: p.publicValue,
    seed: null,
    quotas: quotasOf(frame, rate),
    selection: [],
    assignments: [],
    createdBy: p.by,
    createdAt: p.now.toISOString(),
    publishedAt: null,
    drawnAt: null,
    publicFileId: null,
    publicUrl: null,
  };
}

export function publishDraw(d: DrawDoc, now: Date): DrawDoc {
  if (d.status !== 'planned') return fail('CONFLICT', '这次摇号已经公示过了。');
  return { ...d, status: 'committing', publishedAt: now.toISOString() };
}

function requireMember(d: DrawDoc, personId: string) {
  if (!membersOf(d).includes(personId)) fail('FORBIDDEN', '您不是这次摇号的督查组成员。');
  if (d.status === 'planned') fail('CONFLICT', '摇号计划还没有公示，公示后才能提交承诺。');
  if (d.status === 'drawn') fail('CONFLICT', `已经开奖。${NO_REDRAW}`);
}

/** An inspector's commitment (the SHA-256 of their secret number); one each, never changed. */
export function commitDraw(d: DrawDoc, person: { _id: string; name: string }, hash: string, now: Date): DrawDoc {
  requireMember(d, person._id);
  if (d.commitments.some((c) => c.personId === person._id)) return fail('CONFLICT', '您已经提交过承诺，承诺不能更改。');
  return { ...d, commitments: [...d.commitments, { personId: person._id, name: person.name, hash, at: now.toISOString() }] };
}

/**
 * An inspector's reveal: only after every member has committed, and only the number whose SHA-256
 * is their commitment. The last reveal makes the seed and draws; the draw is final.
 */
export function revealDraw(d: DrawDoc, personId: string, value: string, now: Date): DrawDoc {
  requireMember(d, personId);
  const members = membersOf(d);
  const missing = members.filter((m) => !d.commitments.some((c) => c.personId === m)).length;
  if (missing > 0) return fail('CONFLICT', `还有${missing}位督查组成员没有提交承诺，全部提交后才能揭示。`);
  if (d.reveals.some((r) => r.personId === personId)) return fail('CONFLICT', '您已经揭示过了。');
  const mine = d.commitments.find((c) => c.personId === personId)!;
  if (commitmentOf(value) !== mine.hash) {
    return fail('VALIDATION', '这个数字与您提交的承诺不符，请核对您记下的数字（没有揭示，什么也没改）。', [{ path: 'value', message: '与承诺不符' }]);
  }
  const next: DrawDoc = { ...d, reveals: [...d.reveals, { personId, value, at: now.toISOString() }] };
  if (next.reveals.length < members.length) return next;
  const out = runDraw({ id: d._id, scopeLevel: d.scopeLevel, rate: d.rate, frame: d.frame, teams: d.teams, reveals: next.reveals, publicValue: d.publicValue });
  return { ...next, status: 'drawn', drawnAt: now.toISOString(), seed: out.seed, quotas: out.quotas, selection: out.selection, assignments: out.assignments };
}
