import { DEFAULT_RULE_CONFIG, ruleConfigSchema, type RuleConfig } from './config';
import { memo } from '../memo';

/**
 * How a county's stored settings are read and written.
 *
 * Stored: only the values the county changed (a sparse tree, see `ruleConfigChanges`). Read: a deep
 * merge of that tree over DEFAULT_RULE_CONFIG (`mergeRuleConfig`), so a setting added later gets its
 * default and every setting the county changed survives. A stored value that no longer validates (or a
 * retired setting) is never dropped silently: the merge computes with the default for that one value,
 * keeps the stored document untouched, and reports the problem in plain Chinese (shown to the county
 * admin on the settings page until the next save replaces it).
 */

/** A county's configuration read over the defaults, with what could not be used. */
export interface MergedRuleConfig {
  config: RuleConfig;
  /** One Chinese line per stored value that was invalid or is no longer a setting. */
  problems: string[];
}

type Tree = Record<string, unknown>;

/** Settings are plain JSON; a JSON copy works in every runtime (mini-program engines lack structuredClone). */
const copy = <T>(x: T): T => (x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T));

const isTree = (x: unknown): x is Tree => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Stored over base, key by key; keys unknown to base are collected, not copied. */
function overlay(base: unknown, stored: unknown, path: string[], unknown: string[]): unknown {
  if (stored === undefined) return copy(base);
  if (!isTree(base) || !isTree(stored)) return stored;
  const out: Tree = {};
  for (const k of Object.keys(base)) out[k] = overlay(base[k], stored[k], [...path, k], unknown);
  for (const k of Object.keys(stored)) if (!(k in base)) unknown.push([...path, k].join('.'));
  return out;
}

/** The path cut at the first node that is a setting (a leaf or a list) in the defaults. */
function settingPath(path: readonly PropertyKey[]): string[] {
  const out: string[] = [];
  let node: unknown = DEFAULT_RULE_CONFIG;
  for (const p of path) {
    if (!isTree(node) || typeof p !== 'string' || !(p in node)) break;
    out.push(p);
    node = node[p];
  }
  return out;
}

function resetToDefault(tree: Tree, path: string[]): Tree {
  if (path.length === 0) return copy(DEFAULT_RULE_CONFIG) as unknown as Tree;
  let target: Tree = tree;
  let source: Tree = DEFAULT_RULE_CONFIG as unknown as Tree;
  for (const p of path.slice(0, -1)) {
    if (!isTree(target[p])) target[p] = copy(source[p]);
    target = target[p] as Tree;
    source = source[p] as Tree;
  }
  const last = path[path.length - 1];
  target[last] = copy(source[last]);
  return tree;
}

/**
 * Merges already made, by the stored tree as JSON: every action reads its county's settings, and
 * they change rarely. Bounded (cleared when full); each caller gets a copy of its own.
 */
const mergedByJson = memo(256, (json: string) => mergeStored(json === '' ? undefined : (JSON.parse(json) as unknown)));

/**
 * Reads a stored configuration (sparse or full, possibly from an older version) over the defaults.
 * Invalid values fall back to their default one by one (a cross-field rule such as 分数线 resets its
 * group) and are listed in `problems`.
 */
export function mergeRuleConfig(stored: unknown): MergedRuleConfig {
  return copy(mergedByJson(stored === undefined ? '' : JSON.stringify(stored)));
}

function mergeStored(stored: unknown): MergedRuleConfig {
  const problems: string[] = [];
  const unknown: string[] = [];
  if (stored !== undefined && stored !== null && !isTree(stored)) {
    return { config: copy(DEFAULT_RULE_CONFIG), problems: ['已保存的规则配置格式不正确，暂全部按默认值计算，请重新保存。'] };
  }
  let tree = overlay(DEFAULT_RULE_CONFIG, stored ?? {}, [], unknown) as Tree;
  if (unknown.length > 0) problems.push(`已保存的设置中有已停用或不认识的项（${unknown.join('、')}），已忽略。`);
  // Each round resets at least one value to its default, so this ends within the number of settings.
  for (let round = 0; round < 100; round++) {
    const r = ruleConfigSchema.safeParse(tree);
    if (r.success) return { config: r.data as RuleConfig, problems };
    for (const issue of r.error.issues) {
      problems.push(`已保存的设置无效：${issue.message || '格式不正确'}，暂按默认值计算，请重新设置。`);
      tree = resetToDefault(tree, settingPath(issue.path));
    }
  }
  return { config: copy(DEFAULT_RULE_CONFIG), problems };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Settings made of several numbers that only mean something together: stored whole when changed. */
const WHOLE = new Set(['presence.ratio']);

/** The values of `config` that differ from the defaults, as a sparse tree (what a county stores). */
export function ruleConfigChanges(config: RuleConfig): Tree {
  const diff = (value: unknown, base: unknown, path: string): unknown => {
    if (!isTree(value) || !isTree(base) || WHOLE.has(path)) return same(value, base) ? undefined : copy(value);
    const out: Tree = {};
    for (const k of Object.keys(value)) {
      const d = diff(value[k], base[k], path ? `${path}.${k}` : k);
      if (d !== undefined) out[k] = d;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  };
  return (diff(config, DEFAULT_RULE_CONFIG, '') as Tree | undefined) ?? {};
}

/** Dotted paths of the settings that differ from the defaults ('diary.graceHours', 'presence.roles'). */
export function changedSettingPaths(config: RuleConfig): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (!isTree(node) || WHOLE.has(path.join('.'))) return void out.push(path.join('.'));
    for (const k of Object.keys(node)) walk(node[k], [...path, k]);
  };
  walk(ruleConfigChanges(config), []);
  return out;
}

/** Each setting whose value differs between two configurations, with both values (for the change history). */
export function settingDifferences(before: RuleConfig, after: RuleConfig): { path: string; before: unknown; after: unknown }[] {
  const out: { path: string; before: unknown; after: unknown }[] = [];
  const walk = (a: unknown, b: unknown, path: string[]) => {
    const key = path.join('.');
    if (!isTree(a) || !isTree(b) || WHOLE.has(key)) {
      if (!same(a, b)) out.push({ path: key, before: copy(a), after: copy(b) });
      return;
    }
    for (const k of Object.keys(b)) walk(a[k], b[k], [...path, k]);
  };
  walk(before, after, []);
  return out;
}
