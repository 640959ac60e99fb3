import type { Role } from '../../types';

export interface Tab {
  key: 'today' | 'county' | 'villages' | 'me';
  label: string;
  url: string;
}

export const TABS: Record<Tab['key'], Tab> = {
  today: { key: 'today', label: '今天', url: '/pages/cadre/index' },
  county: { key: 'county', label: '名册', url: '/packages/supervisor/pages/county/index' },
  villages: { key: 'villages', label: '各村', url: '/packages/supervisor/pages/villages/index' },
  me: { key: 'me', label: '我的', url: '/pages/me/index' },
};

const ROLE_TABS: Record<Role, Tab['key'][]> = {
  county_admin: ['county', 'villages'],
  township_supervisor: ['villages'],
  inspector: ['villages'],
  first_secretary: ['today'],
  team_leader: ['today'],
  team_member: ['today'],
  unit_contact: [],
};

const ORDER: Tab['key'][] = ['county', 'villages', 'today', 'me'];

/** The bottom nav for whatever roles a person holds (a person may hold several); 我的 always last. */
export function tabsFor(roles: readonly { role: Role }[]): Tab[] {
  const keys = new Set<Tab['key']>(['me']);
  for (const r of roles) for (const k of ROLE_TABS[r.role]) keys.add(k);
  return ORDER.filter((k) => keys.has(k)).map((k) => TABS[k]);
}

/** Where a bound person lands after opening the app. */
export function homeFor(roles: readonly { role: Role }[]): string {
  return tabsFor(roles)[0].url;
}
