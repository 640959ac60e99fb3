import type { Tone } from '../../../../../types/reports';

/** NutUI tag type of a colour. */
export function toneTag(tone: Tone): 'success' | 'warning' | 'danger' {
  return tone === 'ok' ? 'success' : tone === 'warn' ? 'warning' : 'danger';
}

export const TONE_WORDS: Record<Tone, string> = { ok: '正常', warn: '预警', bad: '不达标' };

/** A ratio 0..1 as a whole percentage; null → '—'. */
export function ratePercent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

/** '2026-11' → '2026年11月'; short: '11月'. */
export function monthLabel(month: string, short = false): string {
  const m = `${Number(month.slice(5, 7))}月`;
  return short ? m : `${month.slice(0, 4)}年${m}`;
}
