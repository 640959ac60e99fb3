import { dailyPeriod } from '../../../src/core';
import { shanghaiHour } from '../../common/survey/answers';
import type { Collection } from '../../common/store/collections';
import { MAX_PAGE, type Filter } from '../../common/store/driver';
import type { Job, JobRun } from '../dispatch';

/** Run markers (`jobs`) older than this are removed: a period that old is never due again. */
export const KEEP_RUN_MARKERS_DAYS = 40;
/** Messages (消息) are kept a year, read or not. */
export const KEEP_MESSAGES_DAYS = 365;
/** Survey rate counters and failed invitation-code counters are per hour; two days is ample for any look at them. */
export const KEEP_RATE_COUNTERS_DAYS = 2;
const DAY_MS = 24 * 60 * 60 * 1000;

const ago = (r: JobRun, days: number) => new Date(r.now.getTime() - days * DAY_MS);

/** Removes one page of a collection's documents matching `where`; answers how many. */
async function prune(r: JobRun, coll: Collection, where: Filter): Promise<number> {
  const old = await r.store.find(coll, where, { limit: MAX_PAGE });
  for (const d of old) await r.store.remove(coll, d._id);
  return old.length;
}

/**
 * Daily at 03:00: removes the county's old run markers, messages and survey rate counters, and old
 * failed invitation-code counters (at most one page of each a day; a backlog clears over the
 * following days).
 */
export const housekeeping: Job = {
  name: 'housekeeping',
  due: (now) => dailyPeriod(now, '03:00'),
  async run(r) {
    const runs = await prune(r, 'jobs', { countyId: r.countyId, startedAt: { $lt: ago(r, KEEP_RUN_MARKERS_DAYS).toISOString() } });
    const messages = await prune(r, 'messages', { countyId: r.countyId, createdAt: { $lt: ago(r, KEEP_MESSAGES_DAYS).toISOString() } });
    const rates = await prune(r, 'survey_keys', { kind: 'rate', countyId: r.countyId, hour: { $lt: shanghaiHour(ago(r, KEEP_RATE_COUNTERS_DAYS)) } });
    // Failed invitation-code counters belong to no county (the caller is not bound yet): any county's run prunes them.
    const invites = await prune(r, 'invite_attempts', { hour: { $lt: shanghaiHour(ago(r, KEEP_RATE_COUNTERS_DAYS)) } });
    const done = [runs && `${runs}条运行记录`, messages && `${messages}条旧消息`, rates && `${rates}条问卷限流计数`, invites && `${invites}条邀请码尝试计数`].filter(Boolean);
    return done.length ? `清理${done.join('、')}` : '';
  },
};
