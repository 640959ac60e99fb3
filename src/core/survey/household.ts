/**
 * Household keys for 'one answer per household'. Villagers have no roster account, so a
 * household is what the villager types: the head of household's name (户主姓名) and the group
 * or house number (组 / 门牌号). Both are normalised so that trivial differences of typing
 * match: full-width vs half-width, spaces and punctuation, Chinese vs Arabic numerals,
 * '第三组' / '3组' / '三村民小组' / '3', leading zeros.
 *
 * Limits (honest): two households whose heads have the same name in the same group collide
 * (the second one is refused); a different spelling of the name (张三 / 张叁) or a made-up
 * name is not caught. It is a guard against casual double answers, not an identity check:
 * one answer per WeChat user is the hard limit.
 */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** '三' → 3, '十二' → 12, '二十' → 20, '一百零五' → 105, '一〇五' → 105. */
export function chineseNumber(s: string): number | null {
  if (!s || ![...s].every((c) => c in DIGITS || c in UNITS)) return null;
  if (![...s].some((c) => c in UNITS)) return Number([...s].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c in DIGITS) digit = DIGITS[c];
    else {
      total += (digit || 1) * UNITS[c];
      digit = 0;
    }
  }
  return total + digit;
}

const strip = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');

export function normaliseHeadName(raw: string): string | null {
  const s = strip(raw);
  if (s.length < 2 || s.length > 10) return null;
  return /^[\p{Script=Han}a-z]+$/u.test(s) ? s : null;
}

export function normaliseGroup(raw: string): string | null {
  let s = strip(raw)
    .replace(/村民小组|小组|生产队|队|社/g, '组')
    .replace(/[零〇一二两三四五六七八九十百千]+/g, (m) => String(chineseNumber(m) ?? m))
    .replace(/第(?=\d)/g, '')
    .replace(/\d+/g, (m) => String(Number(m)));
  if (/^\d+$/.test(s)) s = `${s}组`;
  if (s.length < 1 || s.length > 20 || !/\d/.test(s)) return null;
  return s;
}

export type HouseholdKey = { ok: true; key: string } | { ok: false; error: string };

/** The normalised household, 'name|group', or a Chinese reason. */
export function householdKey(head: string, group: string): HouseholdKey {
  const name = normaliseHeadName(head);
  if (!name) return { ok: false, error: '请填写户主姓名（2到10个字）' };
  const g = normaliseGroup(group);
  if (!g) return { ok: false, error: '请填写所在的组或门牌号，例如“3组”或“18号”' };
  return { ok: true, key: `${name}|${g}` };
}
