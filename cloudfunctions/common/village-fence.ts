import { nearestFence, type FenceMatch, type RuleConfig } from '../../src/core';
import { fail } from './errors';
import type { VillageDoc } from './model';

/** getFuzzyLocation is coarse: its fence is wider, and the record says so. */
export const FUZZY_EXTRA_M = 1000;

/** A position of this moment as the phone reports it. */
export interface Fix {
  lat: number;
  lng: number;
  accuracyM: number;
  fuzzy: boolean;
}

/**
 * Refuses a fix less accurate than the county allows (ten times more for a fuzzy fix), with a
 * message that tells the person what to do; `act` names what they were doing (打卡, 记录走访).
 */
export function requireReliableFix(rules: RuleConfig, fix: Pick<Fix, 'accuracyM' | 'fuzzy'>, act: string): void {
  if (fix.accuracyM > rules.clockIn.maxAccuracyM * (fix.fuzzy ? 10 : 1)) {
    fail('LOCATION_UNRELIABLE', `定位误差约${Math.round(fix.accuracyM)}米，请到开阔处稍等片刻再${act}。`);
  }
}

/** The village fence nearest the fix (widened for a fuzzy fix); NOT_FOUND when the village has none. */
export function matchVillageFence(village: VillageDoc, fix: Fix): FenceMatch {
  const fence = village.fence.map((f) => ({ ...f, radiusM: f.radiusM + (fix.fuzzy ? FUZZY_EXTRA_M : 0) }));
  const match = nearestFence({ lat: fix.lat, lng: fix.lng }, fence);
  if (!match) return fail('NOT_FOUND', '本村还没有设置打卡范围，请联系县委组织部。');
  return match;
}
