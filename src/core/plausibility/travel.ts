import { distanceM } from '../geo';
import { atMs, byTime } from './by-time';
import { whenLabel } from '../labels';
import { distanceLabel, durationLabel } from './format';
import type { ClockRecord, Finding, PlausibilityRules } from './types';

/** Gaps shorter than this are treated as this long: two taps seconds apart must not divide by ~0. */
export const MIN_GAP_MS = 30_000;
/** Jumps shorter than this (after the accuracy of both fixes) are GPS jitter, never travel. */
export const MIN_JUMP_M = 1000;

/** The journey between two records, judged with the benefit of the doubt. */
export function travelBetween(a: ClockRecord, b: ClockRecord) {
  const gapMs = Math.abs(atMs(b) - atMs(a));
  const straightM = distanceM(a, b);
  // Each fix may be off by its stated accuracy: only the distance beyond both counts.
  const provenM = Math.max(0, straightM - a.accuracyM - b.accuracyM);
  const speedKmh = provenM / 1000 / (Math.max(gapMs, MIN_GAP_MS) / 3_600_000);
  return { gapMs, straightM, provenM, speedKmh };
}

function finding(a: ClockRecord, b: ClockRecord, rules: PlausibilityRules): Finding | null {
  const t = travelBetween(a, b);
  if (t.provenM < MIN_JUMP_M || t.speedKmh <= rules.maxSpeedKmh) return null;
  const speed = Math.round(t.speedKmh);
  return {
    kind: 'impossible-travel',
    key: `${a.id}|${b.id}`,
    day: b.day,
    explanation:
      `${whenLabel(a.at)}和${whenLabel(b.at)}的两次打卡相隔${durationLabel(t.gapMs)}，位置相距约${distanceLabel(t.straightM)}，` +
      `扣除定位误差后折合时速约${speed}公里，超过${rules.maxSpeedKmh}公里，正常交通难以做到。` +
      '可能用了虚拟定位软件，也可能是某一次定位漂移，请向本人核实。',
    evidence: {
      records: [a, b],
      gapSeconds: Math.round(t.gapMs / 1000),
      distanceM: Math.round(t.straightM),
      speedKmh: speed,
      maxSpeedKmh: rules.maxSpeedKmh,
    },
  };
}

/**
 * Impossible travel: the current record against its neighbours in time (the one before and
 * the one after: an offline record may arrive after later ones). Speed uses the distance beyond
 * both fixes' accuracy and a gap of at least MIN_GAP_MS.
 */
export function impossibleTravel(current: ClockRecord, history: readonly ClockRecord[], rules: PlausibilityRules): Finding[] {
  // The neighbours the current record would have among the others sorted by time (the current
  // one last among equals), found in one pass: a full window is never sorted for two records.
  let before: ClockRecord | undefined;
  let after: ClockRecord | undefined;
  for (const r of history) {
    if (r.id === current.id) continue;
    if (byTime(r, current) <= 0) {
      if (!before || byTime(r, before) >= 0) before = r;
    } else if (!after || byTime(r, after) < 0) after = r;
  }
  const out: Finding[] = [];
  const f1 = before ? finding(before, current, rules) : null;
  const f2 = after ? finding(current, after, rules) : null;
  if (f1) out.push(f1);
  if (f2) out.push(f2);
  return out;
}
