import { fuzzyWidened } from './fuzzy';
import { constantAccuracy, repeatedCoordinates, roundCoordinates } from './repeats';
import { syncedLate } from './synced-late';
import { impossibleTravel } from './travel';
import type { ClockRecord, Finding, PlausibilityRules } from './types';

export * from './types';
export { impossibleTravel, travelBetween, MIN_GAP_MS, MIN_JUMP_M } from './travel';
export { repeatedCoordinates, constantAccuracy, roundCoordinates, decimals, SAME_POINT_M, ROUND_DECIMALS } from './repeats';
export { syncedLate, SYNCED_LATE_FLAG_MS } from './synced-late';
export { fuzzyWidened } from './fuzzy';

/**
 * Every plausibility hint about one new clock-in, judged against the same person's recent
 * records (a bounded window, never a track). Findings are hints for a supervisor, never a
 * reason to refuse the clock-in.
 */
export function plausibilityFindings(current: ClockRecord, history: readonly ClockRecord[], rules: PlausibilityRules): Finding[] {
  return [
    ...impossibleTravel(current, history, rules),
    ...repeatedCoordinates(current, history, rules),
    ...constantAccuracy(current, history, rules),
    ...roundCoordinates(current),
    ...syncedLate(current),
    ...fuzzyWidened(current),
  ];
}
