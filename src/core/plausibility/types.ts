import type { Day } from '../time';

/** What the plausibility rules need of one clock-in: the position of that moment, no track. */
export interface ClockRecord {
  id: string;
  /** Instant of the tap (the device's time when the record was kept offline and synced later). */
  at: string;
  /** Instant the server received it. */
  receivedAt: string;
  /** Shanghai day the record counts for. */
  day: Day;
  lat: number;
  lng: number;
  accuracyM: number;
  /** Marked by the phone as an approximate (fuzzy) position; the spoofing hints still look at it. */
  fuzzy: boolean;
  syncedLater: boolean;
  /** Set when the record counted as in-village only because the server widened the fence for a fuzzy fix. */
  fuzzyWidening?: FuzzyWidening | null;
}

/** How the server's fuzzy widening decided a record: the plain fence said outside, the widened one inside. */
export interface FuzzyWidening {
  /** Distance to the nearest fence's centre, metres. */
  distanceM: number;
  /** That fence's own radius, metres. */
  radiusM: number;
  /** The widening applied (the county's rule, at most the fix's stated accuracy), metres. */
  extraM: number;
}

export type PlausibilityKind =
  | 'impossible-travel'
  | 'repeated-coordinates'
  | 'synced-late'
  | 'constant-accuracy'
  | 'round-coordinates'
  | 'fuzzy-widened';

/** One hint for a supervisor. Never a verdict: the clock-in stands, a person looks at it. */
export interface Finding {
  kind: PlausibilityKind;
  /** Stable per finding, so raising it again keeps one flag. */
  key: string;
  /** The day the finding is about (the newest record involved). */
  day: Day;
  /** Plain Chinese: what was seen, why it is odd, and the innocent explanations. */
  explanation: string;
  /** The records involved (oldest first) and the figures computed from them. */
  evidence: { records: ClockRecord[] } & Record<string, unknown>;
}

export interface PlausibilityRules {
  maxSpeedKmh: number;
  repeatedCoordinateDays: number;
}
