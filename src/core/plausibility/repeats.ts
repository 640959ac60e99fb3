import { distanceM } from '../geo';
import { dayList } from '../compliance/format';
import { byTime } from './by-time';
import type { ClockRecord, Finding, PlausibilityRules } from './types';

/** Two fixes closer than this are 'the same coordinates, to the metre'. */
export const SAME_POINT_M = 1;
/** Evidence lists at most this many records. */
const MAX_EVIDENCE = 10;

const monthOf = (r: ClockRecord) => r.day.slice(0, 7);
const distinctDays = (rs: readonly ClockRecord[]) => [...new Set(rs.map((r) => r.day))].sort();

/**
 * The current record with the others that `keep` admits, in no particular order (the caller sorts
 * them oldest first only when they make a finding). Fuzzy fixes are included: 'fuzzy' is the
 * phone's word, and a mock location could claim it to escape these hints.
 */
const withCurrent = (history: readonly ClockRecord[], current: ClockRecord, keep: (r: ClockRecord) => boolean) =>
  [...history.filter((r) => r.id !== current.id), current].filter(keep);

/** An innocent explanation to add when a fuzzy (approximate) fix is involved. */
const fuzzyNote = (rs: readonly ClockRecord[]) => (rs.some((r) => r.fuzzy) ? '其中有模糊定位的打卡，模糊位置较粗，也可能因此重复。' : '');

/**
 * The same coordinates (within a metre) on `repeatedCoordinateDays` different days. Real GPS
 * jitters by metres from one day to the next; identical fixes hint at a mock location. One
 * flag per place and month (keyed by the earliest matching record of the current month).
 */
export function repeatedCoordinates(current: ClockRecord, history: readonly ClockRecord[], rules: PlausibilityRules): Finding[] {
  const same = withCurrent(history, current, (r) => distanceM(r, current) < SAME_POINT_M);
  const days = distinctDays(same);
  if (days.length < rules.repeatedCoordinateDays) return [];
  same.sort(byTime);
  const month = monthOf(current);
  const anchor = same.find((r) => monthOf(r) === month) ?? current;
  return [
    {
      kind: 'repeated-coordinates',
      key: `${month}:${anchor.id}`,
      day: current.day,
      explanation:
        `${dayList(days)}共${days.length}天的打卡位置完全相同（误差不到1米）。真实定位每天都会有几米的浮动，` +
        `完全相同的坐标常见于虚拟定位软件；在室内靠同一个无线网络定位时也可能出现。${fuzzyNote(same)}请向本人核实。`,
      evidence: { records: same.slice(-MAX_EVIDENCE), days, lat: current.lat, lng: current.lng },
    },
  ];
}

/**
 * The same non-round accuracy figure on `repeatedCoordinateDays` different days. Phones report
 * an accuracy that changes with every fix (e.g. 14.27 m); iPhones report a few round values
 * (5, 10, 65 m), so whole numbers are never flagged.
 */
export function constantAccuracy(current: ClockRecord, history: readonly ClockRecord[], rules: PlausibilityRules): Finding[] {
  if (Number.isInteger(current.accuracyM)) return [];
  const same = withCurrent(history, current, (r) => r.accuracyM === current.accuracyM);
  const days = distinctDays(same);
  if (days.length < rules.repeatedCoordinateDays) return [];
  same.sort(byTime);
  const month = monthOf(current);
  return [
    {
      kind: 'constant-accuracy',
      key: `${month}:${current.accuracyM}`,
      day: current.day,
      explanation:
        `${dayList(days)}共${days.length}天的打卡，手机报告的定位精度都恰好是${current.accuracyM}米。` +
        `真实定位的精度每次都不一样，一模一样的小数常见于虚拟定位软件。${fuzzyNote(same)}请向本人核实。`,
      evidence: { records: same.slice(-MAX_EVIDENCE), days, accuracyM: current.accuracyM },
    },
  ];
}

/** Decimal places as written (28.19 → 2). */
export function decimals(x: number): number {
  const s = String(x);
  if (s.includes('e')) return 0;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Coordinates with at most this many decimals (≈ 100 m) on both axes are typed by hand, not measured. */
export const ROUND_DECIMALS = 3;

/**
 * Hand-typed coordinates: both latitude and longitude with at most 3 decimals. A real fix carries
 * 5–6 decimals; both being round by chance is about one in a million. One flag per place and month.
 */
export function roundCoordinates(current: ClockRecord): Finding[] {
  if (decimals(current.lat) > ROUND_DECIMALS || decimals(current.lng) > ROUND_DECIMALS) return [];
  return [
    {
      kind: 'round-coordinates',
      key: `${monthOf(current)}:${current.lat},${current.lng}`,
      day: current.day,
      explanation:
        `这次打卡的坐标是整齐的（纬度${current.lat}，经度${current.lng}），只有几位小数。手机实际定位的坐标` +
        `一般有5到6位小数，这样的坐标像是手工输入的，常见于虚拟定位软件。${fuzzyNote([current])}请向本人核实。`,
      evidence: { records: [current], lat: current.lat, lng: current.lng },
    },
  ];
}
