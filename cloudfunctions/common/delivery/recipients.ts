import type { GrantDoc } from '../model';
import type { DocDriver } from '../store/driver';

/** Person ids of the township's supervisors. */
export async function townshipSupervisors(store: DocDriver, countyId: string, townshipId: string): Promise<string[]> {
  const grants = (await store.find('grants', { countyId, scopeId: townshipId })) as unknown as GrantDoc[];
  return [...new Set(grants.filter((g) => g.role === 'township_supervisor').map((g) => g.personId))];
}

/** Person ids of the county's admins. */
export async function countyAdmins(store: DocDriver, countyId: string): Promise<string[]> {
  const grants = (await store.find('grants', { countyId, scopeId: countyId })) as unknown as GrantDoc[];
  return [...new Set(grants.filter((g) => g.role === 'county_admin').map((g) => g.personId))];
}
