import { monthClosePeriod } from '../../../src/core';
import { audit } from '../../common/audit';
import { computeMonthCompliance, countyTarget, snapshotId, type SnapshotDoc } from '../../common/compliance-month';
import { DuplicateError } from '../../common/store/driver';
import type { Job } from '../dispatch';
import { PAGES, tellCounty } from './shared';

/**
 * On rules.schedule.monthCloseDay at monthCloseTime: last month's compliance for the whole
 * county is frozen as a snapshot (written once, audited) and the county admins are told.
 */
export const monthClose: Job = {
  name: 'month-close',
  due: (now, rules) => monthClosePeriod(now, rules.schedule.monthCloseDay, rules.schedule.monthCloseTime),
  async run(r) {
    const month = r.period;
    const compliance = await computeMonthCompliance(r.store, await countyTarget(r.store, r.countyId), month, r.now, { fresh: true });
    const doc: SnapshotDoc = {
      _id: snapshotId(r.countyId, month),
      kind: 'month-compliance',
      countyId: r.countyId,
      month,
      frozenAt: r.now.toISOString(),
      rules: r.rules,
      compliance: { ...compliance, frozenAt: r.now.toISOString() },
    };
    try {
      await r.store.transaction(async (tx) => {
        await tx.insert('snapshots', doc as unknown as SnapshotDoc & Record<string, unknown>);
        await audit({ now: r.now, person: null, openid: 'scheduler' }, tx, {
          countyId: r.countyId,
          entity: 'snapshot',
          entityId: doc._id,
          action: 'month-close',
          after: compliance.counts,
        });
      });
    } catch (e) {
      if (e instanceof DuplicateError) return '本月已存档，未重复存档';
      throw e;
    }
    const c = compliance.counts;
    const label = `${Number(month.slice(5, 7))}月`;
    await tellCounty(
      r,
      'month-close',
      `${label}驻村考核已月结`,
      `${c.villages}个村中${c.villagesFailing}个未达标，${c.cadres}名驻村干部中${c.cadresFailing}名未达标，结果已存档。`,
      PAGES.villages,
    );
    return `${month}已存档`;
  },
};
