import { toneWord, type Tone } from '../../../../core/compliance/verdict';

export { toneTag } from '../../../../components/tone';

/** The colour words of a month in progress (the core's rule set). */
export const TONE_WORDS: Record<Tone, string> = { ok: toneWord('ok', false), warn: toneWord('warn', false), bad: toneWord('bad', false) };

/** A ratio 0..1 as a whole percentage; null → '—'. */
export function ratePercent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}
