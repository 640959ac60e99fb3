import { CADRE_ROLES, type Role } from '../../types';
import type { PersonMonthRecord } from '../../src/core';
import type { GrantDoc, PersonDoc, VillageDoc } from './model';

/** What judging a village's month needs of one of its cadres, kept on the village document. */
export interface VillageCadre {
  personId: string;
  name: string;
  role: PersonMonthRecord['role'];
  stationedFrom: string | null;
  stationedUntil: string | null;
}

const CADRE_ORDER: Role[] = ['first_secretary', 'team_leader', 'team_member'];

/** The cadre role that decides which rules apply to a person (first secretary first). */
export function bestCadreRole(roles: Role[]): PersonMonthRecord['role'] | null {
  const mine = roles.filter((r) => CADRE_ROLES.includes(r));
  return (CADRE_ORDER.find((r) => mine.includes(r)) as PersonMonthRecord['role'] | undefined) ?? null;
}

/** Every person's cadre role from one list of grants, in one pass (never one scan per person). */
export function cadreRoles(grants: Iterable<GrantDoc>): Map<string, PersonMonthRecord['role']> {
  const byPerson = new Map<string, Role[]>();
  for (const g of grants) {
    const list = byPerson.get(g.personId);
    if (list) list.push(g.role);
    else byPerson.set(g.personId, [g.role]);
  }
  const out = new Map<string, PersonMonthRecord['role']>();
  for (const [personId, roles] of byPerson) {
    const role = bestCadreRole(roles);
    if (role) out.set(personId, role);
  }
  return out;
}

/**
 * Each village's cadres (people stationed there with a cadre role), by village id, in person id
 * order: what the roster import keeps on every village (`VillageDoc.cadres`), so a county's month
 * is judged from its villages and their month rollups, never from every person and grant.
 */
export function villageCadres(people: Iterable<PersonDoc>, grants: Iterable<GrantDoc>): Map<string, VillageCadre[]> {
  const roles = cadreRoles(grants);
  const out = new Map<string, VillageCadre[]>();
  const sorted = [...people].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  for (const p of sorted) {
    const role = roles.get(p._id);
    if (!p.villageId || !role) continue;
    const cadre: VillageCadre = { personId: p._id, name: p.name, role, stationedFrom: p.stationedFrom ?? null, stationedUntil: p.stationedUntil ?? null };
    const list = out.get(p.villageId);
    if (list) list.push(cadre);
    else out.set(p.villageId, [cadre]);
  }
  return out;
}

/** The villages whose kept cadres differ from what the people and grants say, each with its cadres set (the writes needed). */
export function staleCadres(villages: Iterable<VillageDoc>, people: Iterable<PersonDoc>, grants: Iterable<GrantDoc>): VillageDoc[] {
  const cadres = villageCadres(people, grants);
  const out: VillageDoc[] = [];
  for (const v of villages) {
    const next = cadres.get(v._id) ?? [];
    if (JSON.stringify(v.cadres ?? null) !== JSON.stringify(next)) out.push({ ...v, cadres: next });
  }
  return out;
}
