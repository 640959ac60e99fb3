export type Tone = 'ok' | 'warn' | 'bad';

/** Nobody in the village today is red; a month rate under 2/3 or a partial team is orange. */
export function presenceTone(present: number, cadres: number, monthRate: number | null): Tone {
  if (cadres > 0 && present === 0) return 'bad';
  if (present < cadres || (monthRate !== null && monthRate < 2 / 3)) return 'warn';
  return 'ok';
}

/** monthPresenceRate is a ratio 0..1. */
export function ratePercent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}
