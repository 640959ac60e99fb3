import type { DocDriver } from '../store/driver';
import type { InspectionTeamDoc } from './docs';
import { drawsOfScopes, teamsOfScopes } from './queries';

export interface InspectorAssignment {
  drawId: string;
  month: string;
  villageId: string;
  teamId: string;
}

/** The inspection teams (督查组) a person belongs to: teams of their county and of its city. */
export async function teamsOf(store: DocDriver, personId: string): Promise<InspectionTeamDoc[]> {
  const person = await store.get('people', personId);
  if (!person) return [];
  const county = await store.get('counties', person.countyId);
  const teams = await teamsOfScopes(store, [person.countyId, ...(county?.cityId ? [county.cityId] : [])]);
  return teams.filter((t) => t.memberIds.includes(personId));
}

/**
 * The villages drawn for the person's teams, one row per (draw, village): what an inspector may
 * see and inspect. Only drawn (final) draws count; newest month first.
 */
export async function inspectorAssignments(store: DocDriver, personId: string): Promise<InspectorAssignment[]> {
  const teams = await teamsOf(store, personId);
  if (teams.length === 0) return [];
  const teamIds = new Set(teams.map((t) => t._id));
  const scopeIds = [...new Set(teams.map((t) => t.scopeId))];
  const draws = await drawsOfScopes(store, scopeIds, 'drawn');
  const out: InspectorAssignment[] = [];
  for (const d of draws) {
    for (const a of d.assignments) if (a.teamId && teamIds.has(a.teamId)) out.push({ drawId: d._id, month: d.month, villageId: a.villageId, teamId: a.teamId });
  }
  return out.sort((a, b) => b.month.localeCompare(a.month) || a.villageId.localeCompare(b.villageId));
}

/** Whether the person's teams were drawn to inspect this village (in any month). */
export async function isAssignedVillage(store: DocDriver, personId: string, villageId: string): Promise<boolean> {
  return (await inspectorAssignments(store, personId)).some((a) => a.villageId === villageId);
}
