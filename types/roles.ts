import { z } from 'zod';

/** Roles a roster person may hold; each comes with a scope. */
export const ROLES = [
  'first_secretary',
  'team_leader',
  'team_member',
  'township_supervisor',
  'county_admin',
  'inspector',
  'unit_contact',
  'city_admin',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ROLE_LABELS: Record<Role, string> = {
  first_secretary: '第一书记',
  team_leader: '驻村工作队队长',
  team_member: '驻村工作队员',
  township_supervisor: '乡镇督导',
  county_admin: '县级管理员',
  inspector: '督查组成员',
  unit_contact: '派出单位联络人',
  city_admin: '市级管理员',
};

/** Roles that are stationed in a village and do the daily duty. */
export const CADRE_ROLES: readonly Role[] = ['first_secretary', 'team_leader', 'team_member'];

/** 'city' (市委组织部) sits above its counties; the county stays the unit of roster and rules. */
export const ScopeLevel = z.enum(['village', 'township', 'county', 'unit', 'city']);
export type ScopeLevel = z.infer<typeof ScopeLevel>;

export const Scope = z.object({ level: ScopeLevel, id: z.string(), name: z.string() });
export type Scope = z.infer<typeof Scope>;

export const RoleGrant = z.object({ role: Role, scope: Scope });
export type RoleGrant = z.infer<typeof RoleGrant>;
