import type { ClockRecord } from './types';
import { memo } from '../memo';

/**
 * Instants already parsed. A cadre's recent records are judged again at each of their clock-ins,
 * so the same instants come back again and again; each is parsed once. Bounded (cleared when full).
 */
const parseInstant = memo(8192, (at: string) => Date.parse(at));

/** The record's instant in ms since the epoch. */
export const atMs = (r: ClockRecord): number => parseInstant(r.at);

/** Oldest first; records of the same instant by id. */
export const byTime = (a: ClockRecord, b: ClockRecord) => atMs(a) - atMs(b) || a.id.localeCompare(b.id);
