import type { RoleGrant } from '../../types';
import type { DocDriver } from './store/driver';
import type { GrantDoc, PersonDoc } from './model';
import type { Services } from './services';

/** Everything a handler knows about one call. Built by the router from the verified identity. */
export interface Ctx {
  openid: string;
  person: PersonDoc | null;
  grants: GrantDoc[];
  /** Server time (the local stack may set it per request for demos and tests). */
  now: Date;
  store: DocDriver;
  services: Services;
  env: 'local' | 'cloud';
}

export async function loadIdentity(store: DocDriver, openid: string): Promise<{ person: PersonDoc | null; grants: GrantDoc[] }> {
  const [person] = (await store.find('people', { openid }, { limit: 1 })) as unknown as PersonDoc[];
  if (!person) return { person: null, grants: [] };
  const grants = (await store.find('grants', { personId: person._id })) as unknown as GrantDoc[];
  return { person, grants };
}

export function toRoleGrant(g: GrantDoc): RoleGrant {
  return { role: g.role, scope: { level: g.scopeLevel, id: g.scopeId, name: g.scopeName } };
}
