import { distanceLabel } from './format';
import type { ClockRecord, Finding } from './types';

/**
 * A fuzzy (approximate) fix that counted as in-village only because the server widened the fence
 * by the county's rule: the plain fence said outside. Always a hint for a supervisor, one per record.
 */
export function fuzzyWidened(current: ClockRecord): Finding[] {
  const w = current.fuzzyWidening;
  if (!current.fuzzy || !w) return [];
  return [
    {
      kind: 'fuzzy-widened',
      key: current.id,
      day: current.day,
      explanation:
        `这次打卡用的是模糊定位（误差约${Math.round(current.accuracyM)}米），距村里打卡点约${distanceLabel(w.distanceM)}，` +
        `超出打卡范围（半径${Math.round(w.radiusM)}米）${distanceLabel(w.distanceM - w.radiusM)}；按县里的规则放宽${Math.round(w.extraM)}米后才算在村。` +
        '可能本人确实在村、手机只给了模糊位置，也可能不在村里，请向本人核实。',
      evidence: { records: [current], distanceM: Math.round(w.distanceM), radiusM: w.radiusM, extraM: w.extraM },
    },
  ];
}
