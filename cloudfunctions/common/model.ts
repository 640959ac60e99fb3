import type { VillageCadre } from './village-cadres';
import type { FencePoint, Role, ScopeLevel } from '../../types';

/** Stored document shapes of the organisation. Ids are derived from codes so re-imports update. */
/** A city (市委组织部) above its counties; it inspects and ranks them, the county keeps roster and rules. */
export interface CityDoc { _id: string; name: string; code: string }
/** `cityId`: the city the county belongs to (absent for a county with no city above it in the system). */
export interface CountyDoc { _id: string; name: string; code: string; cityId?: string | null }
export interface TownshipDoc { _id: string; countyId: string; code: string; name: string }
export interface VillageDoc {
  _id: string;
  countyId: string;
  townshipId: string;
  /** The county's city, copied here so a city-scope check needs no extra read (null: no city). */
  cityId?: string | null;
  code: string;
  name: string;
  fence: FencePoint[];
  /**
   * The cadres stationed here, kept by the roster import (the one writer of people and grants) in
   * the same transaction: a month is judged from villages, not from every person and grant.
   * Absent on a village written before (it is judged from its people and grants).
   */
  cadres?: VillageCadre[];
}
export interface UnitDoc { _id: string; countyId: string; code: string; name: string }
export interface PersonDoc {
  _id: string;
  countyId: string;
  code: string;
  name: string;
  phone: string | null;
  unitId: string | null;
  /** The village the person is stationed in (cadres only). */
  villageId: string | null;
  /** First day in the village, Shanghai calendar day 'YYYY-MM-DD' (null: not given — judged as stationed throughout, as today). */
  stationedFrom: string | null;
  /** Last day in the village, 'YYYY-MM-DD' (null: still stationed). */
  stationedUntil: string | null;
  openid: string | null;
}
export interface GrantDoc {
  _id: string;
  personId: string;
  countyId: string;
  role: Role;
  scopeLevel: ScopeLevel;
  scopeId: string;
  scopeName: string;
}
export interface InviteDoc {
  _id: string; // the code itself
  personId: string;
  countyId: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  usedBy: string | null;
}

export const ids = {
  city: (code: string) => `city_${code}`,
  county: (code: string) => `cty_${code}`,
  township: (countyId: string, code: string) => `twn_${countyId.slice(4)}_${code}`,
  village: (countyId: string, code: string) => `vil_${countyId.slice(4)}_${code}`,
  unit: (countyId: string, code: string) => `unt_${countyId.slice(4)}_${code}`,
  person: (countyId: string, code: string) => `psn_${countyId.slice(4)}_${code}`,
  /** A household by its code within its village (household codes have no underscore, so this reads one way only). */
  household: (countyId: string, villageCode: string, code: string) => `hh_${countyId.slice(4)}_${villageCode}_${code}`,
  grant: (personId: string, role: Role, scopeId: string) => `${personId}:${role}:${scopeId}`,
};
