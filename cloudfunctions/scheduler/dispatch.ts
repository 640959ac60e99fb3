import type { DocDriver } from '../common/store/driver';
import { DuplicateError } from '../common/store/driver';

/** A periodic job: `due` says which period (e.g. a day or a month) is due at `now`, or null. */
export interface Job {
  name: string;
  due(now: Date): string | null;
  run(now: Date, store: DocDriver): Promise<void>;
}

/**
 * Called by the one timer trigger (every few minutes). Each job runs at most once per period,
 * even when the trigger fires twice or late: a `jobs` marker is inserted before running and a
 * duplicate insert means another run already took that period.
 */
export async function dispatch(jobs: Job[], now: Date, store: DocDriver): Promise<{ ran: string[]; skipped: string[] }> {
  const ran: string[] = [];
  const skipped: string[] = [];
  for (const job of jobs) {
    const period = job.due(now);
    if (!period) continue;
    const id = `${job.name}:${period}`;
    try {
      await store.insert('jobs', { _id: id, startedAt: now.toISOString(), finishedAt: null });
    } catch (e) {
      if (e instanceof DuplicateError) {
        skipped.push(id);
        continue;
      }
      throw e;
    }
    try {
      await job.run(now, store);
      await store.update('jobs', id, { finishedAt: new Date().toISOString() });
      ran.push(id);
    } catch (e) {
      // Free the period so the next trigger retries it.
      await store.remove('jobs', id);
      throw e;
    }
  }
  return { ran, skipped };
}
