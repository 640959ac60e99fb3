import { hourPeriod } from '../../../src/core';
import { countyGrants } from '../../common/org';
import { findAll } from '../../common/store/driver';
import type { Job } from '../dispatch';
import { PAGES, tellCounty } from './shared';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Hourly: a township alert still open rules.schedule.escalationDays after it was raised goes up
 * to the county (level 'county', escalatedAt), and the county admins are told. So does an alert
 * of a township that has no supervisor on the roster: nobody below the county would see it.
 */
export const escalation: Job = {
  name: 'escalation',
  due: (now) => hourPeriod(now),
  async run(r) {
    const days = r.rules.schedule.escalationDays;
    const cutoff = new Date(r.now.getTime() - days * DAY_MS).toISOString();
    const open = await findAll(r.store, 'alerts', { countyId: r.countyId, status: 'open', level: 'township' });
    if (open.length === 0) return '';
    const grants = await countyGrants(r.store, r.countyId);
    const supervised = new Set(grants.filter((g) => g.role === 'township_supervisor').map((g) => g.scopeId));
    const old = open.filter((a) => a.raisedAt <= cutoff);
    const orphans = open.filter((a) => a.raisedAt > cutoff && !supervised.has(a.townshipId ?? ''));
    const up = [...old, ...orphans];
    if (up.length === 0) return '';
    for (const a of up) await r.store.update('alerts', a._id, { level: 'county', escalatedAt: r.now.toISOString() });
    const title = [old.length ? `${old.length}条预警超过${days}天未处理` : '', orphans.length ? `${orphans.length}条预警所在乡镇没有督导` : '']
      .filter(Boolean)
      .join('，');
    await tellCounty(r, 'escalation', title, up.slice(0, 5).map((a) => a.text).join('；'), PAGES.alerts);
    return `升级${up.length}条`;
  },
};
