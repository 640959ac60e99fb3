import type { Day } from '../time';

/** What batch detection needs of an entry: which day it is for and when it was first created. */
export interface BatchEntry {
  id: string;
  day: Day;
  /** ISO instant of the entry's first creation (later edits do not move it). */
  createdAt: string;
}

export interface BatchFinding {
  /** The entries of the sitting, one per day, in order of creation. */
  entries: BatchEntry[];
  /** Their days, sorted. */
  days: Day[];
  /** First and last creation instant of the sitting (ISO). */
  from: string;
  to: string;
  /** Minutes between the first and the last creation, rounded up. */
  spanMinutes: number;
}

const MINUTE_MS = 60_000;

/**
 * Batched writing (把几天的日志一次写完): at least `minEntries` entries for different days created
 * within `windowMinutes` of each other, one of them the `focusId` entry (the one just saved).
 *
 * Every window [t, t + window] that starts at an entry created at most `window` before the focus
 * contains the focus; the one holding the most different days is the sitting. Each day counts once
 * (its earliest entry). Answers null when no window reaches `minEntries` days, when the focus is
 * unknown, or when its creation time is unreadable.
 */
export function detectBatch(entries: readonly BatchEntry[], focusId: string, minEntries: number, windowMinutes: number): BatchFinding | null {
  const timed = entries
    .map((e) => ({ e, t: Date.parse(e.createdAt) }))
    .filter((x) => !Number.isNaN(x.t))
    .sort((a, b) => a.t - b.t || a.e.day.localeCompare(b.e.day));
  const focus = timed.find((x) => x.e.id === focusId);
  if (!focus) return null;
  const window = windowMinutes * MINUTE_MS;
  let best: typeof timed = [];
  for (const start of timed) {
    if (start.t < focus.t - window || start.t > focus.t) continue;
    const byDay = new Map<Day, (typeof timed)[number]>();
    for (const x of timed) {
      if (x.t < start.t || x.t > start.t + window) continue;
      if (!byDay.has(x.e.day)) byDay.set(x.e.day, x);
    }
    if (!byDay.has(focus.e.day) || byDay.get(focus.e.day) !== focus) byDay.set(focus.e.day, focus);
    const sitting = [...byDay.values()].sort((a, b) => a.t - b.t);
    if (sitting.length > best.length) best = sitting;
  }
  if (best.length < Math.max(2, minEntries)) return null;
  const from = best[0].t;
  const to = best[best.length - 1].t;
  return {
    entries: best.map((x) => x.e),
    days: best.map((x) => x.e.day).sort(),
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    spanMinutes: Math.max(1, Math.ceil((to - from) / MINUTE_MS)),
  };
}
