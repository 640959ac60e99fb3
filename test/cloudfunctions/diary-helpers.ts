import { DEFAULT_RULE_CONFIG, type RuleConfig } from '../../src/core';
import { writeCountyRules } from '../../cloudfunctions/common/county-rules';
import type { DocDriver } from '../../cloudfunctions/common/store/driver';

export const COUNTY = 'cty_430121';
export const FS = 'psn_430121_P0101';
export const MEMBER = 'psn_430121_P0102';
export const V001 = 'vil_430121_V001';
export const V002 = 'vil_430121_V002';

/** Long enough texts to compare; each clearly different from the others and from the demo seed. */
export const TEXT_A = '上午到三组走访脱贫户王建国家，了解油茶林挂果情况，帮他联系合作社按保底价收购，下午整理走访台账。';
export const TEXT_B = '组织村两委召开党员大会，传达县委组织部会议精神，讨论冬季防火和道路硬化筹资的具体安排。';
export const TEXT_C = '陪同县人社局到村里开展技能培训报名，登记了十二名外出返乡人员的就业意向，晚上整理名单。';

export const sections = (visits: string, more: Partial<Record<'party' | 'industry' | 'service' | 'other', string>> = {}) => ({
  visits,
  party: '',
  industry: '',
  service: '',
  other: '',
  ...more,
});

/** Shanghai time on a day, as a Date (for the `now` of a call). */
export const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`);

/** Binds a roster person to an openid, so a test can call as them. */
export async function bind(store: DocDriver, code: string, openid: string): Promise<string> {
  const id = `psn_430121_${code}`;
  await store.update('people', id, { openid });
  return id;
}

/** Stores a county rule configuration with the given change, as the settings page writes it. */
export async function setRules(store: DocDriver, patch: (c: RuleConfig) => void): Promise<void> {
  const rules = structuredClone(DEFAULT_RULE_CONFIG);
  patch(rules);
  await writeCountyRules(store, COUNTY, rules, 1, new Date(0).toISOString(), null);
}

/** A day of November 2026 before the 20th on which the person has no diary (seeded ones are skipped). */
export async function daysWithoutDiary(store: DocDriver, personId: string, n: number, before = '2026-11-20'): Promise<string[]> {
  const out: string[] = [];
  for (let d = Number(before.slice(8)) - 1; d >= 1 && out.length < n; d--) {
    const day = `2026-11-${String(d).padStart(2, '0')}`;
    if (!(await store.get('diaries', `${personId}:${day}`))) out.push(day);
  }
  if (out.length < n) throw new Error('not enough free days');
  return out.sort();
}

/** The smallest valid JPEG header plus padding (the server checks the signature and the size only). */
export function jpegBase64(bytes = 2000): string {
  const b = Buffer.alloc(bytes, 0x11);
  b[0] = 0xff;
  b[1] = 0xd8;
  b[2] = 0xff;
  b[3] = 0xe0;
  return b.toString('base64');
}
