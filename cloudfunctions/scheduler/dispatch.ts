import { shanghaiDay, type Day, type RuleConfig } from '../../src/core';
import { AppError } from '../common/errors';
import { flushDuePushes } from '../common/delivery/messages';
import { SKIPPED_NO_CALENDAR, type JobDoc } from '../common/job-markers';
import { countyRules } from '../common/month';
import { allCounties } from '../common/org';
import type { Services } from '../common/services';
import type { DocDriver } from '../common/store/driver';
import { DuplicateError } from '../common/store/driver';

/** What every run gets: the store, delivery and files, the trigger's instant, a log line writer. */
export interface JobEnv {
  store: DocDriver;
  services: Services;
  now: Date;
  log: (line: Record<string, unknown>) => void;
  /** Milliseconds this trigger may still work (default: RUN_BUDGET_MS from its start, on the real clock). */
  timeLeft?: () => number;
}

/**
 * How long one trigger works before it stops starting new work: the scheduler function's time
 * limit (60 s) less room to save where it got to and flush the pushes.
 */
export const RUN_BUDGET_MS = 40_000;

/**
 * What a run answers when its time is up before its work is done: where it got to (the last
 * item done, in the job's own order). The marker keeps it, and the next trigger resumes there.
 */
export class Unfinished {
  constructor(
    readonly cursor: string,
    readonly note: string,
  ) {}
}

/** One job run for one county and period. */
export interface JobRun extends JobEnv {
  countyId: string;
  rules: RuleConfig;
  /** The period being run (a day, a month, an hour), as `due` answered. */
  period: string;
  /** The Shanghai day of `now`. */
  today: Day;
  /** Where a run cut short got to (its Unfinished cursor), or null on a fresh start. */
  resume: string | null;
  /** Milliseconds left; a run stops between batches when none are and answers Unfinished. */
  timeLeft: () => number;
}

/**
 * A periodic job, due per county at the times of the county's rules.schedule: `due` says which
 * period is due at `now` (null: not yet); `run` does it and may answer a short note for the log.
 */
export interface Job {
  name: string;
  due(now: Date, rules: RuleConfig): string | null;
  run(r: JobRun): Promise<string | void | Unfinished>;
}

export interface DispatchResult {
  ran: string[];
  skipped: string[];
  /** Runs cut short at the time limit; the next trigger resumes them. */
  unfinished: string[];
  failed: { id: string; error: string }[];
  notes: Record<string, string>;
  pushes: { pushed: number; statuses: Record<string, number> };
}

/** A run that started this long ago and never finished (the function timed out or crashed) may be taken over. */
export const STALE_RUN_MS = 15 * 60 * 1000;

/**
 * Takes the period: inserts the `jobs` marker, or takes over a run that went stale. Taking over
 * is safe because every job is idempotent: messages are one per person, kind and day, alerts one
 * per finding, the snapshot is written once.
 */
async function claim(env: JobEnv, id: string, fields: Required<Pick<JobDoc, 'job' | 'countyId' | 'period'>>): Promise<{ resume: string | null } | null> {
  try {
    await env.store.insert('jobs', { _id: id, ...fields, startedAt: env.now.toISOString(), finishedAt: null, note: null });
    return { resume: null };
  } catch (e) {
    if (!(e instanceof DuplicateError)) throw e;
  }
  const prev = await env.store.get('jobs', id);
  if (!prev || prev.finishedAt) return null;
  // A run cut short at its time limit is resumed where it got to by the next trigger.
  if (prev.paused && prev.cursor !== undefined) {
    await env.store.update('jobs', id, { startedAt: env.now.toISOString(), paused: false });
    return { resume: prev.cursor };
  }
  if (Date.parse(prev.startedAt) > env.now.getTime() - STALE_RUN_MS) return null;
  await env.store.update('jobs', id, { startedAt: env.now.toISOString(), takenOver: prev.startedAt });
  return { resume: prev.cursor ?? null };
}

/**
 * Called by the one timer trigger (every few minutes). For each county and job, the due period
 * is claimed by inserting the `jobs` document `<job>:<county>:<period>`; a duplicate insert
 * means another trigger already took it, so a job runs once per period even when triggered
 * twice or late (a run left unfinished for STALE_RUN_MS is taken over). A failed run frees its
 * period for the next trigger and does not stop the other jobs. A year without calendar data is
 * skipped with its reason logged, never guessed, and runs once the county enters that year
 * (job-markers.ts). Finally the pushes whose quiet hours are over go out.
 */
export async function dispatch(jobs: Job[], env: JobEnv): Promise<DispatchResult> {
  const out: DispatchResult = { ran: [], skipped: [], unfinished: [], failed: [], notes: {}, pushes: { pushed: 0, statuses: {} } };
  const started = Date.now();
  const timeLeft = env.timeLeft ?? (() => RUN_BUDGET_MS - (Date.now() - started));
  const counties = await allCounties(env.store);
  for (const county of counties) {
    const rules = await countyRules(env.store, county._id);
    for (const job of jobs) {
      const period = job.due(env.now, rules);
      if (!period) continue;
      const id = `${job.name}:${county._id}:${period}`;
      // Out of time: the period stays due (or paused) and the next trigger takes it.
      if (timeLeft() <= 0) {
        out.skipped.push(id);
        continue;
      }
      const claimed = await claim(env, id, { job: job.name, countyId: county._id, period });
      if (!claimed) {
        out.skipped.push(id);
        continue;
      }
      try {
        const result = await job.run({ ...env, countyId: county._id, rules, period, today: shanghaiDay(env.now), resume: claimed.resume, timeLeft });
        if (result instanceof Unfinished) {
          await env.store.update('jobs', id, { paused: true, cursor: result.cursor, note: result.note });
          out.unfinished.push(id);
          out.notes[id] = result.note;
          env.log({ job: id, ok: true, unfinished: result.cursor, note: result.note });
          continue;
        }
        const note = result ?? '';
        await env.store.update('jobs', id, { finishedAt: new Date().toISOString(), note });
        out.ran.push(id);
        if (note) out.notes[id] = note;
        env.log({ job: id, ok: true, note });
      } catch (e) {
        if (e instanceof AppError && e.code === 'CALENDAR_UNKNOWN') {
          const note = `跳过：${e.message}`;
          await env.store.update('jobs', id, { finishedAt: new Date().toISOString(), note, skipped: SKIPPED_NO_CALENDAR });
          out.ran.push(id);
          out.notes[id] = note;
          env.log({ job: id, ok: true, skipped: SKIPPED_NO_CALENDAR, note });
          continue;
        }
        await env.store.remove('jobs', id);
        const error = e instanceof Error ? e.message : String(e);
        out.failed.push({ id, error });
        env.log({ job: id, ok: false, error });
      }
    }
  }
  out.pushes = await flushDuePushes(env);
  return out;
}
