import type { ErrorDetail } from '../../../../../types';
import { DEFAULT_RULE_CONFIG } from '../../../../core/rules/config';
import { GROUPS, type FieldKind } from './fields';

/**
 * The settings being edited: shaped like RuleConfig, but a number field may hold the text the
 * admin typed when it is not a number yet ('' or '1.2.3'), so the save shows the Chinese message for it.
 */
export type Draft = Record<string, unknown>;

const isTree = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function getAt(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, k) => (isTree(node) ? node[k] : undefined), tree);
}

/** A copy of `tree` with `value` at `path`. */
export function setAt(tree: Draft, path: string, value: unknown): Draft {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) return { ...tree, [head]: value };
  const child = isTree(tree[head]) ? (tree[head] as Draft) : {};
  return { ...tree, [head]: setAt(child, rest.join('.'), value) };
}

/** The group back to its defaults (恢复默认). */
export function restoreGroup(tree: Draft, group: string): Draft {
  return { ...tree, [group]: JSON.parse(JSON.stringify((DEFAULT_RULE_CONFIG as unknown as Draft)[group])) };
}

/** What a number field shows: shares as percent (0.6 → '60'); text that is not a number yet as typed. */
export function textOf(value: unknown, kind: FieldKind): string {
  if (typeof value !== 'number') return value == null ? '' : String(value);
  return kind === 'percent' ? String(Math.round(value * 10000) / 100) : String(value);
}

/** The typed text as the value to store: a number when it is one (percent → share), else the text itself. */
export function valueOf(text: string, kind: FieldKind): number | string {
  const t = text.trim();
  if (t === '' || !/^-?\d+(\.\d+)?$/.test(t)) return text;
  const n = Number(t);
  return kind === 'percent' ? Math.round(n * 100) / 10000 : n;
}

/** A setting's value in short Chinese, for '默认：…'. */
export function describe(value: unknown, kind: FieldKind, unit = ''): string {
  if (kind === 'bool') return value ? '是' : '否';
  if (kind === 'ratio' && isTree(value)) return `${value.numerator}/${value.denominator}`;
  if (kind === 'roles' && Array.isArray(value)) return value.length ? value.map((r) => ROLE_SHORT[r as string] ?? r).join('、') : '无';
  return `${textOf(value, kind)}${unit}`;
}

const ROLE_SHORT: Record<string, string> = { first_secretary: '第一书记', team_leader: '队长', team_member: '队员' };

/** Element id of a setting, to scroll to its error: 'setting-diary-graceHours'. */
export const settingAnchor = (path: string) => `setting-${path.replace(/\./g, '-')}`;

export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Validation details placed where they belong: on a field, on a group (cross-field rules), or above the form. */
export interface PlacedErrors {
  byField: Record<string, string[]>;
  byGroup: Record<string, string[]>;
  other: string[];
}

const FIELD_PATHS = GROUPS.flatMap((g) => g.fields.map((f) => f.path));

export function placeErrors(details: readonly ErrorDetail[]): PlacedErrors {
  const out: PlacedErrors = { byField: {}, byGroup: {}, other: [] };
  const add = (map: Record<string, string[]>, key: string, m: string) => {
    if (!(map[key] ??= []).includes(m)) map[key].push(m);
  };
  for (const d of details) {
    const path = (d.path ?? '').replace(/^rules\.?/, '');
    const field = FIELD_PATHS.find((p) => path === p || path.startsWith(`${p}.`));
    const group = GROUPS.find((g) => path === g.key || path.startsWith(`${g.key}.`));
    if (field) add(out.byField, field, d.message);
    else if (group) add(out.byGroup, group.key, d.message);
    else if (!out.other.includes(d.message)) out.other.push(d.message);
  }
  return out;
}

/** Where the first error of the form is, in the order of the page: a field, else a group card. */
export function firstErrorSelector(errors: PlacedErrors): string | null {
  for (const g of GROUPS) {
    if (errors.byGroup[g.key]) return `#group-${g.key}`;
    const f = g.fields.find((x) => errors.byField[x.path]);
    if (f) return `#${settingAnchor(f.path)}`;
  }
  return null;
}
