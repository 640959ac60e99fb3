import { cmp, type DrawScopeLevel, type DrawTeam, type FrameEntry, type FrameRule } from '../../../src/core/draw';
import { monthBounds } from '../../../src/core';
import type { CountyDoc, PersonDoc, UnitDoc } from '../model';
import { cityCounties, countyGrants, countyPeople, countyUnits, countyVillages } from '../org';
import type { DocDriver } from '../store/driver';
import { teamsOfScopes } from './queries';

/** The counties of a draw's scope: the county itself, or every county of the city. */
export async function scopeCounties(store: DocDriver, level: DrawScopeLevel, scopeId: string): Promise<CountyDoc[]> {
  if (level === 'county') {
    const c = await store.get('counties', scopeId);
    return c ? [c] : [];
  }
  return (await cityCounties(store, [scopeId])).sort((a, b) => cmp(a.code, b.code));
}

/**
 * A unit's level: as stored, else by its name (市直单位 names begin with 市, e.g. 市财政局); anything
 * else is taken as county-level (县直单位, 国网县供电公司 …).
 */
export const unitLevel = (u: Pick<UnitDoc, 'name'> & { level?: string }): 'city' | 'county' =>
  u.level === 'city' || u.level === 'county' ? u.level : /^(市|中共.+市委)/.test(u.name) ? 'city' : 'county';

/** Whether a cadre is stationed on any day of the month (dates 'YYYY-MM-DD' compare as strings). */
const stationedIn = (p: PersonDoc, first: string, last: string) =>
  (!p.stationedFrom || p.stationedFrom <= last) && (!p.stationedUntil || p.stationedUntil >= first);

/**
 * The frame: every village of the scope with a team stationed that month, or with `countyUnits`
 * only those whose first secretary (else any cadre) was sent by a county-level unit. Each village
 * carries a city-wide code `<county code>-<village code>`; listed by that code.
 */
export async function buildFrame(
  store: DocDriver,
  level: DrawScopeLevel,
  scopeId: string,
  month: string,
  rule: FrameRule,
): Promise<{ frame: FrameEntry[]; countyNames: Record<string, string> }> {
  const { first, last } = monthBounds(month);
  const frame: FrameEntry[] = [];
  const countyNames: Record<string, string> = {};
  for (const county of await scopeCounties(store, level, scopeId)) {
    countyNames[county._id] = county.name;
    const [villages, people, units, fsGrants] = await Promise.all([
      countyVillages(store, county._id),
      countyPeople(store, county._id),
      countyUnits(store, county._id),
      countyGrants(store, county._id),
    ]);
    const unitById = new Map(units.map((u) => [u._id, u]));
    const secretaries = new Set(fsGrants.filter((g) => g.role === 'first_secretary').map((g) => g.personId));
    for (const v of villages) {
      const cadres = people.filter((p) => p.villageId === v._id && stationedIn(p, first, last));
      if (cadres.length === 0) continue;
      if (rule === 'countyUnits') {
        const lead = cadres.filter((p) => secretaries.has(p._id));
        const senders = (lead.length ? lead : cadres).map((p) => (p.unitId ? unitById.get(p.unitId) : undefined)).filter((u): u is UnitDoc => !!u);
        if (!senders.some((u) => unitLevel(u) === 'county')) continue;
      }
      frame.push({ villageId: v._id, villageCode: `${county.code}-${v.code}`, name: v.name, countyId: county._id });
    }
  }
  return { frame: frame.sort((a, b) => cmp(a.villageCode, b.villageCode)), countyNames };
}

/** The teams of the scope with at least one member, as the draw keeps them. */
export async function drawTeams(store: DocDriver, level: DrawScopeLevel, scopeId: string): Promise<DrawTeam[]> {
  const teams = await teamsOfScopes(store, [scopeId]);
  return teams
    .filter((t) => t.scopeLevel === level && t.memberIds.length > 0)
    .sort((a, b) => cmp(a._id, b._id))
    .map((t) => ({ teamId: t._id, name: t.name, homeCountyIds: [...t.homeCountyIds].sort(cmp), memberIds: [...t.memberIds].sort(cmp) }));
}
