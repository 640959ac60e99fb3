/** The five sections of a work diary, in the order the cadre fills them. */
export const DIARY_SECTION_KEYS = ['visits', 'party', 'industry', 'service', 'other'] as const;
export type DiarySectionKey = (typeof DIARY_SECTION_KEYS)[number];
export type DiarySections = Record<DiarySectionKey, string>;

export const DIARY_SECTION_LABELS: Record<DiarySectionKey, string> = {
  visits: '走访农户',
  party: '党建工作',
  industry: '产业发展',
  service: '为民办事',
  other: '其他',
};

/** Longest text accepted for one section (characters). */
export const DIARY_SECTION_MAX = 2000;

export function emptySections(): DiarySections {
  return { visits: '', party: '', industry: '', service: '', other: '' };
}

/** Each section trimmed; missing sections become ''. */
export function trimSections(s: Partial<DiarySections>): DiarySections {
  const out = emptySections();
  for (const k of DIARY_SECTION_KEYS) out[k] = (s[k] ?? '').trim();
  return out;
}

export function hasContent(s: Partial<DiarySections>): boolean {
  return DIARY_SECTION_KEYS.some((k) => (s[k] ?? '').trim().length > 0);
}

/** The whole entry as one text, sections in order (used for comparison and display). */
export function diaryText(s: Partial<DiarySections>): string {
  return DIARY_SECTION_KEYS.map((k) => (s[k] ?? '').trim())
    .filter(Boolean)
    .join('\n');
}

/** Sections that differ between two versions (for the amendment record and audit). */
export function changedSections(before: Partial<DiarySections>, after: Partial<DiarySections>): DiarySectionKey[] {
  return DIARY_SECTION_KEYS.filter((k) => (before[k] ?? '').trim() !== (after[k] ?? '').trim());
}
