import type { Tone } from '../core/compliance/verdict';

/** NutUI tag type of a colour from the core's rule set: green, orange, red. */
export function toneTag(tone: Tone): 'success' | 'warning' | 'danger' {
  return tone === 'ok' ? 'success' : tone === 'warn' ? 'warning' : 'danger';
}
