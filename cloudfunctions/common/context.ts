import type { RoleGrant } from '../../types';
import type { DocDriver } from './store/driver';
import type { GrantDoc, PersonDoc } from './model';
import { personByOpenid, personGrants } from './org';
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
  const person = await personByOpenid(store, openid);
  if (!person) return { person: null, grants: [] };
  return { person, grants: await personGrants(store, person._id) };
}

export function toRoleGrant(g: GrantDoc): RoleGrant {
  return { role: g.role, scope: { level: g.scopeLevel, id: g.scopeId, name: g.scopeName } };
}
