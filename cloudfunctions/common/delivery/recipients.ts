import { scopeGrants } from '../org';
import type { DocDriver } from '../store/driver';

/** Person ids of the township's supervisors. */
export async function townshipSupervisors(store: DocDriver, countyId: string, townshipId: string): Promise<string[]> {
  const grants = await scopeGrants(store, countyId, townshipId);
  return [...new Set(grants.filter((g) => g.role === 'township_supervisor').map((g) => g.personId))];
}

/** Person ids of the county's admins. */
export async function countyAdmins(store: DocDriver, countyId: string): Promise<string[]> {
  const grants = await scopeGrants(store, countyId, countyId);
  return [...new Set(grants.filter((g) => g.role === 'county_admin').map((g) => g.personId))];
}
