import type { ClockRecord } from './types';

/**
 * Instants already parsed. A cadre's recent records are judged again at each of their clock-ins,
 * so the same instants come back again and again; each is parsed once. Bounded (cleared when full).
 */
const parsed = new Map<string, number>();
const PARSED_KEPT = 8192;

/** The record's instant in ms since the epoch. */
export function atMs(r: ClockRecord): number {
  let t = parsed.get(r.at);
  if (t === undefined) {
    t = Date.parse(r.at);
    if (parsed.size >= PARSED_KEPT) parsed.clear();
    parsed.set(r.at, t);
  }
  return t;
}

/** Oldest first; records of the same instant by id. */
export const byTime = (a: ClockRecord, b: ClockRecord) => atMs(a) - atMs(b) || a.id.localeCompare(b.id);
