import { nearestFence, type FenceMatch, type RuleConfig } from '../../src/core';
import { fail } from './errors';
import type { VillageDoc } from './model';

/** A position of this moment as the phone reports it; `fuzzy` is the phone's word that it is approximate. */
export interface Fix {
  lat: number;
  lng: number;
  accuracyM: number;
  fuzzy: boolean;
}

/**
 * Refuses a fix less accurate than the county allows (`clockIn.maxAccuracyM`, or
 * `clockIn.fuzzyMaxAccuracyM` for a fix marked fuzzy), with a message that tells the person what
 * to do; `act` names what they were doing (打卡, 记录走访).
 */
export function requireReliableFix(rules: RuleConfig, fix: Pick<Fix, 'accuracyM' | 'fuzzy'>, act: string): void {
  const metres = Math.round(fix.accuracyM);
  if (fix.fuzzy && fix.accuracyM > rules.clockIn.fuzzyMaxAccuracyM) {
    fail('LOCATION_UNRELIABLE', `模糊定位误差约${metres}米，太大了。请在微信里允许小程序使用精确位置，到开阔处再${act}。`);
  }
  if (!fix.fuzzy && fix.accuracyM > rules.clockIn.maxAccuracyM) {
    fail('LOCATION_UNRELIABLE', `定位误差约${metres}米，请到开阔处稍等片刻再${act}。`);
  }
}

/** The nearest fence, and what the server's fuzzy widening had to do with the answer. */
export interface VillageFenceMatch extends FenceMatch {
  /** Metres the fence was widened by for this fix: the county's `clockIn.fuzzyExtraM`, at most the fix's accuracy; 0 for a precise fix. */
  widenedM: number;
  /** Inside only thanks to the widening (the plain fence says outside): such a record is flagged. */
  onlyWidened: boolean;
}

/** The widening the server grants a fix: none for a precise one. */
export function fuzzyWideningM(rules: RuleConfig, fix: Pick<Fix, 'accuracyM' | 'fuzzy'>): number {
  return fix.fuzzy ? Math.max(0, Math.min(rules.clockIn.fuzzyExtraM, Math.round(fix.accuracyM))) : 0;
}

/**
 * The village fence nearest the fix, judged by the server's rules: the plain fence first; for a
 * fuzzy fix outside it, the fence widened by `fuzzyWideningM`. NOT_FOUND when the village has none.
 */
export function matchVillageFence(village: VillageDoc, fix: Fix, rules: RuleConfig): VillageFenceMatch {
  const point = { lat: fix.lat, lng: fix.lng };
  const plain = nearestFence(point, village.fence);
  if (!plain) return fail('NOT_FOUND', '本村还没有设置打卡范围，请联系县委组织部。');
  const widenedM = fuzzyWideningM(rules, fix);
  if (plain.inside || widenedM === 0) return { ...plain, widenedM, onlyWidened: false };
  const wide = nearestFence(point, village.fence.map((f) => ({ ...f, radiusM: f.radiusM + widenedM })))!;
  return { ...wide, fence: village.fence[wide.index], widenedM, onlyWidened: wide.inside };
}
