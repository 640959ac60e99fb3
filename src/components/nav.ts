import type { Role } from '../../types';

export type TabKey = 'today' | 'diary' | 'leave' | 'month' | 'villages' | 'approvals' | 'alerts' | 'surveys' | 'county' | 'draws' | 'me';

export interface Tab {
  key: TabKey;
  label: string;
  url: string;
}

export const TABS: Record<TabKey, Tab> = {
  today: { key: 'today', label: '今天', url: '/pages/cadre/index' },
  diary: { key: 'diary', label: '日志', url: '/packages/diary/pages/index/index' },
  leave: { key: 'leave', label: '请假', url: '/packages/leave/pages/index/index' },
  month: { key: 'month', label: '本月', url: '/packages/presence/pages/month/index' },
  villages: { key: 'villages', label: '各村', url: '/packages/supervisor/pages/villages/index' },
  approvals: { key: 'approvals', label: '审批', url: '/packages/supervisor/pages/approvals/index' },
  alerts: { key: 'alerts', label: '预警', url: '/packages/supervisor/pages/alerts/index' },
  surveys: { key: 'surveys', label: '问卷', url: '/packages/supervisor/pages/surveys/index' },
  county: { key: 'county', label: '名册', url: '/packages/supervisor/pages/county/index' },
  draws: { key: 'draws', label: '摇号', url: '/packages/inspection/pages/draws/index' },
  me: { key: 'me', label: '我的', url: '/pages/me/index' },
};

const CADRE_TABS: TabKey[] = ['today', 'diary', 'leave', 'month'];

const ROLE_TABS: Record<Role, TabKey[]> = {
  county_admin: ['villages', 'approvals', 'alerts', 'surveys', 'county'],
  township_supervisor: ['villages', 'approvals', 'alerts', 'surveys'],
  // An inspector sees only the villages drawn for their team, listed under 摇号.
  inspector: ['draws'],
  first_secretary: CADRE_TABS,
  team_leader: CADRE_TABS,
  team_member: CADRE_TABS,
  unit_contact: [],
  // The city admin reads each county's 各村 (switching county at the top), and runs the lottery.
  city_admin: ['villages', 'draws'],
};

const ORDER: TabKey[] = ['villages', 'approvals', 'alerts', 'surveys', 'county', 'draws', 'today', 'diary', 'leave', 'month', 'me'];

/** The bottom nav for whatever roles a person holds (a person may hold several); 我的 always last. */
export function tabsFor(roles: readonly { role: Role }[]): Tab[] {
  const keys = new Set<TabKey>(['me']);
  for (const r of roles) for (const k of ROLE_TABS[r.role]) keys.add(k);
  return ORDER.filter((k) => keys.has(k)).map((k) => TABS[k]);
}

/** Where a bound person lands after opening the app. */
export function homeFor(roles: readonly { role: Role }[]): string {
  return tabsFor(roles)[0].url;
}
