import type { DrawScopeLevel } from '../../../src/core/draw';
import type { DrawView } from '../../../types/draw';
import type { Ctx } from '../context';
import { fail } from '../errors';
import type { DrawDoc } from './docs';
import { drawBasics } from './public';

/** The scope a manager plans for: a city admin their city, a county admin their county. */
export function managerScope(ctx: Ctx): { level: DrawScopeLevel; id: string; name: string } | null {
  const city = ctx.grants.find((g) => g.role === 'city_admin' && g.scopeLevel === 'city');
  if (city) return { level: 'city', id: city.scopeId, name: city.scopeName };
  const county = ctx.grants.find((g) => g.role === 'county_admin' && g.scopeLevel === 'county');
  return county ? { level: 'county', id: county.scopeId, name: county.scopeName } : null;
}

export const drawId = (scopeId: string, month: string) => `draw_${scopeId}_${month}`;

/** Plans and publishes: the city admin of a city draw, the county admin of a county draw. */
export const isManager = (ctx: Ctx, d: DrawDoc) =>
  ctx.grants.some((g) => (d.scopeLevel === 'city' ? g.role === 'city_admin' : g.role === 'county_admin') && g.scopeLevel === d.scopeLevel && g.scopeId === d.scopeId);

export const isMember = (ctx: Ctx, d: DrawDoc) => !!ctx.person && d.teams.some((t) => t.memberIds.includes(ctx.person!._id));

/**
 * Who may read a draw in the app: its managers; once published, its inspectors, the city admin of
 * its city and the county admins of the counties in its frame (the public JSON is open to anyone).
 */
export function canRead(ctx: Ctx, d: DrawDoc): boolean {
  if (isManager(ctx, d)) return true;
  if (d.status === 'planned') return false;
  if (isMember(ctx, d)) return true;
  return ctx.grants.some(
    (g) =>
      (g.role === 'city_admin' && g.scopeLevel === 'city' && g.scopeId === d.cityId) ||
      (g.role === 'county_admin' && g.scopeLevel === 'county' && (g.scopeId === d.scopeId || d.countyNames[g.scopeId] !== undefined)),
  );
}

export async function loadDraw(ctx: Ctx, id: string): Promise<DrawDoc> {
  const d = await ctx.store.get('draws', id);
  if (!d || !canRead(ctx, d)) return fail('NOT_FOUND', '没有找到这次摇号。');
  return d;
}

/** Every inspector taking part, in personId order. */
export const membersOf = (d: DrawDoc) => [...new Set(d.teams.flatMap((t) => t.memberIds))].sort();

/** The city a scope belongs to (a city itself, or a county's city). */
export async function cityOf(ctx: Ctx, level: DrawScopeLevel, scopeId: string): Promise<string | null> {
  if (level === 'city') return scopeId;
  const c = await ctx.store.get('counties', scopeId);
  return c?.cityId ?? null;
}

/** The draw as the app shows it to this caller. */
export async function drawView(ctx: Ctx, d: DrawDoc): Promise<DrawView> {
  const members = membersOf(d);
  const people = await Promise.all(members.map((id) => ctx.store.get('people', id)));
  const names = new Map(members.map((id, i) => [id, people[i]?.name ?? id]));
  const committed = new Set(d.commitments.map((c) => c.personId));
  const revealed = new Set(d.reveals.map((r) => r.personId));
  const teamName = new Map(d.teams.map((t) => [t.teamId, t.name]));
  const frameName = new Map(d.frame.map((f) => [f.villageId, f.name]));
  const teamOf = new Map(d.assignments.map((a) => [a.villageId, a.teamId]));
  const me = ctx.person?._id ?? '';
  return {
    ...drawBasics(d),
    teams: d.teams.map((t) => ({ ...t, memberNames: t.memberIds.map((id) => names.get(id) ?? id) })),
    reveals: d.reveals.map((r) => ({ personId: r.personId, name: names.get(r.personId) ?? r.personId, value: d.status === 'drawn' ? r.value : null, at: r.at })),
    waitingCommit: members.filter((m) => !committed.has(m)).map((m) => names.get(m)!),
    waitingReveal: members.filter((m) => !revealed.has(m)).map((m) => names.get(m)!),
    selection: d.selection.map((s) => {
      const teamId = teamOf.get(s.villageId) ?? null;
      return { ...s, name: frameName.get(s.villageId) ?? s.villageId, teamId, teamName: teamId ? teamName.get(teamId) ?? teamId : '无可派督查组' };
    }),
    publicUrl: d.publicUrl,
    me: {
      canManage: isManager(ctx, d),
      isMember: isMember(ctx, d),
      committed: committed.has(me),
      revealed: revealed.has(me),
      myHash: d.commitments.find((c) => c.personId === me)?.hash ?? null,
    },
  };
}
