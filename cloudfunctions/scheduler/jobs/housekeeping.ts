import { dailyPeriod } from '../../../src/core';
import { MAX_PAGE } from '../../common/store/driver';
import type { Job } from '../dispatch';

/** Run markers (`jobs`) older than this are removed: a period that old is never due again. */
export const KEEP_RUN_MARKERS_DAYS = 40;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Daily at 03:00: removes the county's old run and push markers (at most one page a day). */
export const housekeeping: Job = {
  name: 'housekeeping',
  due: (now) => dailyPeriod(now, '03:00'),
  async run(r) {
    const cutoff = new Date(r.now.getTime() - KEEP_RUN_MARKERS_DAYS * DAY_MS).toISOString();
    const old = await r.store.find('jobs', { countyId: r.countyId, startedAt: { $lt: cutoff } }, { limit: MAX_PAGE });
    for (const d of old) await r.store.remove('jobs', d._id);
    return old.length ? `清理${old.length}条运行记录` : '';
  },
};
