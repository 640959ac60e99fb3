import { hourPeriod } from '../../../src/core';
import type { AlertDoc } from '../../common/alerts';
import { findAll } from '../../common/store/driver';
import type { Job } from '../dispatch';
import { PAGES, tellCounty } from './shared';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Hourly: a township alert still open rules.schedule.escalationDays after it was raised goes up
 * to the county (level 'county', escalatedAt), and the county admins are told.
 */
export const escalation: Job = {
  name: 'escalation',
  due: (now) => hourPeriod(now),
  async run(r) {
    const cutoff = new Date(r.now.getTime() - r.rules.schedule.escalationDays * DAY_MS).toISOString();
    const open = (await findAll(r.store, 'alerts', { countyId: r.countyId, status: 'open', level: 'township', raisedAt: { $lte: cutoff } })) as unknown as AlertDoc[];
    if (open.length === 0) return '';
    for (const a of open) await r.store.update('alerts', a._id, { level: 'county', escalatedAt: r.now.toISOString() });
    await tellCounty(
      r,
      'escalation',
      `${open.length}条预警超过${r.rules.schedule.escalationDays}天未处理`,
      open.slice(0, 5).map((a) => a.text).join('；'),
      PAGES.alerts,
    );
    return `升级${open.length}条`;
  },
};
