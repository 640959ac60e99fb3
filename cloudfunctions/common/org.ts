import type { CountyDoc, GrantDoc, PersonDoc, TownshipDoc, UnitDoc, VillageDoc } from './model';
import { findAll, getMany, type DocDriver, type DocTx, type FindOptions } from './store/driver';

/**
 * Reads of the organisation (`model.ts`) that several places make: a city's counties, a county's
 * townships, villages, units, people and grants (bounded: one county's roster), a township's villages,
 * the person bound to an openid, a person's grants, the grants held on one scope, names by id.
 */

/** Every county of the deployment (a province has about a hundred), every page of them. */
export function allCounties(store: DocDriver): Promise<CountyDoc[]> {
  return findAll(store, 'counties', {});
}

/** The counties of these cities (a handful each). */
export async function cityCounties(store: DocDriver, cityIds: readonly string[]): Promise<CountyDoc[]> {
  if (cityIds.length === 0) return [];
  return findAll(store, 'counties', { cityId: cityIds.length === 1 ? cityIds[0] : { $in: [...cityIds] } });
}

export function countyTownships(store: DocDriver, countyId: string, opts?: FindOptions): Promise<TownshipDoc[]> {
  return findAll(store, 'townships', { countyId }, opts);
}

export function countyVillages(store: DocDriver, countyId: string, opts?: FindOptions): Promise<VillageDoc[]> {
  return findAll(store, 'villages', { countyId }, opts);
}

/** The villages of one township of the county. */
export function townshipVillages(store: DocDriver, countyId: string, townshipId: string): Promise<VillageDoc[]> {
  return findAll(store, 'villages', { countyId, townshipId });
}

/** Townships per query of their villages: about 30 villages each, so a query answers one page. */
const TOWNSHIPS_PER_QUERY = 30;

/**
 * The villages of the given townships of the county, read a chunk of townships at a time, all at
 * once: never one query paged deep (its cost grows with the offset). In no particular order.
 */
export async function townshipsVillages(store: DocDriver, countyId: string, townshipIds: readonly string[]): Promise<VillageDoc[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < townshipIds.length; i += TOWNSHIPS_PER_QUERY) chunks.push(townshipIds.slice(i, i + TOWNSHIPS_PER_QUERY));
  return (await Promise.all(chunks.map((ids) => findAll(store, 'villages', { countyId, townshipId: { $in: ids } })))).flat();
}

export function countyUnits(store: DocDriver, countyId: string): Promise<UnitDoc[]> {
  return findAll(store, 'units', { countyId });
}

export function countyPeople(store: DocDriver, countyId: string): Promise<PersonDoc[]> {
  return findAll(store, 'people', { countyId });
}

export function countyGrants(store: DocDriver, countyId: string): Promise<GrantDoc[]> {
  return findAll(store, 'grants', { countyId });
}

/** The roster person bound to a WeChat openid, if any. */
export async function personByOpenid(store: DocDriver, openid: string): Promise<PersonDoc | null> {
  const [person] = await store.find('people', { openid }, { limit: 1 });
  return person ?? null;
}

/** A person's role grants (a handful). */
export function personGrants(store: DocDriver, personId: string): Promise<GrantDoc[]> {
  return store.find('grants', { personId });
}

/** The grants held on one scope (a township, the county itself, a unit) of the county. */
export function scopeGrants(store: DocDriver, countyId: string, scopeId: string): Promise<GrantDoc[]> {
  return store.find('grants', { countyId, scopeId });
}

/** Names of organisation documents by id, for a bounded page of ids (unknown and empty ids are left out). */
export async function namesById(store: DocTx, coll: 'townships' | 'villages' | 'units' | 'people', ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)].filter(Boolean);
  if (unique.length === 0) return new Map();
  return new Map((await getMany(store, coll, unique)).map((d) => [d._id, d.name]));
}
