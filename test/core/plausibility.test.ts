import { distanceM } from '../../src/core/geo';
import {
  constantAccuracy,
  decimals,
  fuzzyWidened,
  impossibleTravel,
  plausibilityFindings,
  repeatedCoordinates,
  roundCoordinates,
  syncedLate,
  travelBetween,
  type ClockRecord,
} from '../../src/core/plausibility/index';
import { shanghaiDay } from '../../src/core/time';

const RULES = { maxSpeedKmh: 150, repeatedCoordinateDays: 3 };
const HOME = { lat: 28.190123, lng: 113.620456 };
/** ~1 km of latitude. */
const KM_LAT = 1 / 111.195;

let seq = 0;
/** A clock-in at a Shanghai wall-clock time ('2026-11-20 08:05'), received at once unless told. */
function rec(shanghai: string, p: Partial<ClockRecord> = {}): ClockRecord {
  const at = new Date(`${shanghai.replace(' ', 'T')}:00+08:00`).toISOString();
  seq += 1;
  return {
    id: `p1:r${String(seq).padStart(4, '0')}`,
    at,
    receivedAt: at,
    day: shanghaiDay(new Date(at)),
    lat: HOME.lat + seq * 0.00007, // real fixes jitter by metres
    lng: HOME.lng - seq * 0.00005,
    accuracyM: 20,
    fuzzy: false,
    syncedLater: false,
    ...p,
  };
}

describe('impossible travel', () => {
  it('flags 60 km in 20 minutes, naming both records, the speed and the limit', () => {
    const a = rec('2026-11-20 08:00');
    const b = rec('2026-11-20 08:20', { lat: HOME.lat + 60 * KM_LAT });
    const [f] = impossibleTravel(b, [a], RULES);
    expect(f.kind).toBe('impossible-travel');
    expect(f.key).toBe(`${a.id}|${b.id}`);
    expect(f.day).toBe('2026-11-20');
    expect(f.evidence.records.map((r) => r.id)).toEqual([a.id, b.id]);
    expect(f.evidence.speedKmh).toBeGreaterThan(170);
    expect(f.explanation).toContain('11月20日 08:00');
    expect(f.explanation).toContain('20分钟');
    expect(f.explanation).toContain('超过150公里');
  });

  it('accepts a plausible drive: 30 km in an hour', () => {
    const a = rec('2026-11-20 07:00');
    const b = rec('2026-11-20 08:00', { lat: HOME.lat + 30 * KM_LAT });
    expect(impossibleTravel(b, [a], RULES)).toEqual([]);
  });

  it('judges the speed just below and above the limit', () => {
    const a = rec('2026-11-20 08:00', { accuracyM: 10 });
    const near = rec('2026-11-20 09:00', { lat: a.lat + 149 * KM_LAT, lng: a.lng, accuracyM: 10 });
    const far = rec('2026-11-20 09:00', { lat: a.lat + 151 * KM_LAT, lng: a.lng, accuracyM: 10 });
    expect(impossibleTravel(near, [a], RULES)).toEqual([]);
    expect(impossibleTravel(far, [a], RULES)).toHaveLength(1);
  });

  it('never divides by a tiny gap: two taps seconds apart within GPS jitter are fine', () => {
    const a = rec('2026-11-20 08:00', { accuracyM: 30 });
    const b = { ...rec('2026-11-20 08:00', { accuracyM: 30 }), lat: a.lat + 0.004 }; // 445 m, same second
    expect(travelBetween(a, b).gapMs).toBe(0);
    expect(impossibleTravel(b, [a], RULES)).toEqual([]);
  });

  it('still flags being kilometres apart at the same moment', () => {
    const a = rec('2026-11-20 08:00');
    const b = { ...rec('2026-11-20 08:00'), lat: a.lat + 5 * KM_LAT };
    expect(impossibleTravel(b, [a], RULES)).toHaveLength(1);
  });

  it('gives both fixes the benefit of their accuracy', () => {
    const a = rec('2026-11-20 08:00', { accuracyM: 1000, fuzzy: true });
    const b = rec('2026-11-20 08:05', { lat: HOME.lat + 2.5 * KM_LAT, accuracyM: 1000, fuzzy: true });
    expect(travelBetween(a, b).provenM).toBeLessThan(1000);
    expect(impossibleTravel(b, [a], RULES)).toEqual([]);
  });

  it('compares an offline record sent late with its neighbours in time, before and after', () => {
    const morning = rec('2026-11-20 08:00');
    const noon = rec('2026-11-20 12:00');
    const late = rec('2026-11-20 10:00', { lat: HOME.lat + 400 * KM_LAT, syncedLater: true, receivedAt: '2026-11-20T06:00:00Z' });
    const found = impossibleTravel(late, [noon, morning], RULES);
    expect(found.map((f) => f.key)).toEqual([`${morning.id}|${late.id}`, `${late.id}|${noon.id}`]);
  });

  it('spans the Shanghai midnight: 23:59 and 00:00 are different days, one minute apart', () => {
    const a = rec('2026-11-20 23:59');
    const b = rec('2026-11-21 00:00', { lat: HOME.lat + 20 * KM_LAT });
    expect([a.day, b.day]).toEqual(['2026-11-20', '2026-11-21']);
    const [f] = impossibleTravel(b, [a], RULES);
    expect(f.day).toBe('2026-11-21');
    expect(f.explanation).toContain('11月20日 23:59');
    expect(f.explanation).toContain('11月21日 00:00');
  });

  it('finds nothing without history', () => {
    expect(impossibleTravel(rec('2026-11-20 08:00'), [], RULES)).toEqual([]);
  });
});

describe('repeated coordinates', () => {
  const fixed = { lat: 28.190123, lng: 113.620456 };

  it('flags the same point to the metre on three different days, once per place and month', () => {
    const d1 = rec('2026-11-18 08:10', fixed);
    const d2 = rec('2026-11-19 08:12', fixed);
    const d3 = rec('2026-11-20 08:09', fixed);
    expect(repeatedCoordinates(d2, [d1], RULES)).toEqual([]);
    const [f] = repeatedCoordinates(d3, [d1, d2], RULES);
    expect(f.kind).toBe('repeated-coordinates');
    expect(f.key).toBe(`2026-11:${d1.id}`);
    expect(f.evidence.days).toEqual(['2026-11-18', '2026-11-19', '2026-11-20']);
    expect(f.explanation).toContain('11月18日、11月19日、11月20日共3天');
    const d4 = rec('2026-11-21 08:00', fixed);
    expect(repeatedCoordinates(d4, [d1, d2, d3], RULES)[0].key).toBe(f.key);
  });

  it('counts days, not records: three taps on one day are one day', () => {
    const a = rec('2026-11-20 08:00', fixed);
    const b = rec('2026-11-20 12:00', fixed);
    const c = rec('2026-11-20 18:00', fixed);
    expect(repeatedCoordinates(c, [a, b], RULES)).toEqual([]);
  });

  it('uses Shanghai days: 23:59 and 00:00 the next day are two days', () => {
    const a = rec('2026-11-19 23:59', fixed);
    const b = rec('2026-11-20 00:00', fixed);
    const c = rec('2026-11-20 08:00', fixed);
    expect(repeatedCoordinates(c, [a, b], RULES)).toEqual([]);
    const d = rec('2026-11-21 00:00', fixed);
    expect(repeatedCoordinates(d, [a, b, c], RULES)).toHaveLength(1);
  });

  it('leaves real jitter alone: a few metres apart every day', () => {
    const days = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
    const rs = days.map((d, i) => rec(`${d} 08:00`, { lat: fixed.lat + i * 0.00002, lng: fixed.lng }));
    expect(distanceM(rs[0], rs[1])).toBeGreaterThan(1);
    expect(repeatedCoordinates(rs[4], rs.slice(0, 4), RULES)).toEqual([]);
  });

  it('still looks at fixes the phone marks fuzzy (a mock location could claim it), naming the innocent reason', () => {
    const rs = ['2026-11-18', '2026-11-19', '2026-11-20'].map((d) => rec(`${d} 08:00`, { ...fixed, fuzzy: true, accuracyM: 1000 }));
    const [f] = repeatedCoordinates(rs[2], rs.slice(0, 2), RULES);
    expect(f.kind).toBe('repeated-coordinates');
    expect(f.explanation).toContain('模糊定位');
  });

  it('follows the county setting', () => {
    const a = rec('2026-11-19 08:00', fixed);
    const b = rec('2026-11-20 08:00', fixed);
    expect(repeatedCoordinates(b, [a], { ...RULES, repeatedCoordinateDays: 2 })).toHaveLength(1);
  });
});

describe('constant accuracy', () => {
  it('flags the same fractional accuracy on three days', () => {
    const rs = ['2026-11-18', '2026-11-19', '2026-11-20'].map((d) => rec(`${d} 08:00`, { accuracyM: 14.271 }));
    const [f] = constantAccuracy(rs[2], rs.slice(0, 2), RULES);
    expect(f.kind).toBe('constant-accuracy');
    expect(f.key).toBe('2026-11:14.271');
    expect(f.explanation).toContain('14.271米');
  });

  it('still looks at a fix marked fuzzy', () => {
    const rs = ['2026-11-18', '2026-11-19', '2026-11-20'].map((d) => rec(`${d} 08:00`, { accuracyM: 999.37, fuzzy: true }));
    expect(constantAccuracy(rs[2], rs.slice(0, 2), RULES)).toMatchObject([{ kind: 'constant-accuracy' }]);
  });

  it('leaves whole numbers alone (iPhones report 5, 10, 65 m)', () => {
    const rs = ['2026-11-18', '2026-11-19', '2026-11-20'].map((d) => rec(`${d} 08:00`, { accuracyM: 65 }));
    expect(constantAccuracy(rs[2], rs.slice(0, 2), RULES)).toEqual([]);
  });
});

describe('round coordinates', () => {
  it('counts decimals as written', () => {
    expect(decimals(28.19)).toBe(2);
    expect(decimals(113)).toBe(0);
    expect(decimals(28.190123)).toBe(6);
  });

  it('flags hand-typed coordinates, not measured ones, fuzzy or not', () => {
    const typed = rec('2026-11-20 08:00', { lat: 28.19, lng: 113.625 });
    const [f] = roundCoordinates(typed);
    expect(f.kind).toBe('round-coordinates');
    expect(f.key).toBe('2026-11:28.19,113.625');
    expect(roundCoordinates(rec('2026-11-20 08:00', { lat: 28.19, lng: 113.620456 }))).toEqual([]);
    expect(roundCoordinates(rec('2026-11-20 08:00', { lat: 28.19, lng: 113.62, fuzzy: true }))).toMatchObject([{ kind: 'round-coordinates' }]);
  });
});

describe('fuzzy widening', () => {
  it('flags a fuzzy fix that counted only thanks to the widening, with the figures', () => {
    const r = rec('2026-11-20 08:00', { fuzzy: true, accuracyM: 1000, fuzzyWidening: { distanceM: 1415, radiusM: 500, extraM: 1000 } });
    const [f] = fuzzyWidened(r);
    expect(f).toMatchObject({ kind: 'fuzzy-widened', key: r.id, day: '2026-11-20', evidence: { distanceM: 1415, radiusM: 500, extraM: 1000 } });
    expect(f.explanation).toContain('模糊定位');
    expect(f.explanation).toContain('放宽1000米后才算在村');
    expect(plausibilityFindings(r, [], RULES).map((x) => x.kind)).toContain('fuzzy-widened');
  });

  it('says nothing when the plain fence decided', () => {
    expect(fuzzyWidened(rec('2026-11-20 08:00', { fuzzy: true, accuracyM: 1000 }))).toEqual([]);
    expect(fuzzyWidened(rec('2026-11-20 08:00', { fuzzy: true, accuracyM: 1000, fuzzyWidening: null }))).toEqual([]);
  });
});

describe('synced late', () => {
  it('flags a record sent more than an hour after the tap, saying it counts for an earlier day', () => {
    const r = rec('2026-11-19 23:30', { syncedLater: true, receivedAt: '2026-11-20T02:00:00Z' }); // 10:00 next day
    const [f] = syncedLate(r);
    expect(f.kind).toBe('synced-late');
    expect(f.key).toBe(r.id);
    expect(f.day).toBe('2026-11-19');
    expect(f.evidence).toMatchObject({ lagMinutes: 630, countedForEarlierDay: true });
    expect(f.explanation).toContain('11月19日 23:30');
    expect(f.explanation).toContain('11月20日 10:00');
    expect(f.explanation).toContain('计入的是前面的日子');
  });

  it('lets a short delay on a weak network pass, and ignores records sent at once', () => {
    const r = rec('2026-11-20 08:00', { syncedLater: true });
    expect(syncedLate({ ...r, receivedAt: new Date(Date.parse(r.at) + 40 * 60_000).toISOString() })).toEqual([]);
    expect(syncedLate(rec('2026-11-20 08:00'))).toEqual([]);
  });
});

describe('all hints together', () => {
  it('an honest month of fixes raises nothing', () => {
    const rs = Array.from({ length: 20 }, (_, i) => rec(`2026-11-${String(i + 1).padStart(2, '0')} 08:0${i % 10}`, { accuracyM: 10 + i }));
    for (let i = 1; i < rs.length; i++) expect(plausibilityFindings(rs[i], rs.slice(0, i), RULES)).toEqual([]);
  });

  it('a mock location raises repeated coordinates and round coordinates', () => {
    const fake = { lat: 28.19, lng: 113.62, accuracyM: 5 };
    const rs = ['2026-11-18', '2026-11-19', '2026-11-20'].map((d) => rec(`${d} 08:00`, fake));
    expect(plausibilityFindings(rs[2], rs.slice(0, 2), RULES).map((f) => f.kind).sort()).toEqual(['repeated-coordinates', 'round-coordinates']);
  });
});
