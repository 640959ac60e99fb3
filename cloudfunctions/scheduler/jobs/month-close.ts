import { monthClosePeriod, shortMonthLabel } from '../../../src/core';
import { audit } from '../../common/audit';
import {
  computeMonthCompliance,
  countyTarget,
  snapshotHead,
  snapshotId,
  villageSnapshotId,
  type SnapshotDoc,
  type VillageSnapshotDoc,
} from '../../common/compliance-month';
import { monthRates } from '../../common/reports/dashboard';
import { DuplicateError } from '../../common/store/driver';
import { Unfinished, type Job } from '../dispatch';
import { PAGES, tellCounty } from './shared';

/**
 * On rules.schedule.monthCloseDay at monthCloseTime: last month's compliance is frozen, one
 * snapshot per village and a small head for the county (written once, audited), and the county
 * admins are told.
 */
/** Village snapshots written at once. */
const WRITE_BATCH = 20;

export const monthClose: Job = {
  name: 'month-close',
  due: (now, rules) => monthClosePeriod(now, rules.schedule.monthCloseDay, rules.schedule.monthCloseTime),
  async run(r) {
    const month = r.period;
    if (await snapshotHead(r.store, r.countyId, month)) return '本月已存档，未重复存档';
    const compliance = await computeMonthCompliance(r.store, await countyTarget(r.store, r.countyId), month, r.now, { fresh: true });
    const frozenAt = r.now.toISOString();
    // One document per village first (idempotent puts, WRITE_BATCH at a time), then the head,
    // inserted once: the month counts as closed only then.
    const villageDocs: VillageSnapshotDoc[] = compliance.villages.map((village) => ({
      _id: villageSnapshotId(r.countyId, month, village.villageId),
      kind: 'village-month',
      countyId: r.countyId,
      townshipId: village.townshipId,
      villageId: village.villageId,
      month,
      frozenAt,
      village,
    }));
    // A run cut short at its time limit goes on after the last village it wrote.
    const from = r.resume ? villageDocs.findIndex((d) => d.villageId === r.resume) + 1 : 0;
    for (let i = from; i < villageDocs.length; i += WRITE_BATCH) {
      if (i > from && r.timeLeft() <= 0) return new Unfinished(villageDocs[i - 1].villageId, `已存档${i}个村，余下的下次接着存档`);
      await Promise.all(villageDocs.slice(i, i + WRITE_BATCH).map((d) => r.store.put('snapshots', d)));
    }
    const { villages: _villages, ...summary } = compliance;
    const doc: SnapshotDoc = {
      _id: snapshotId(r.countyId, month),
      kind: 'month-compliance',
      countyId: r.countyId,
      month,
      frozenAt,
      rules: r.rules,
      summary: { ...summary, frozenAt, rates: monthRates(compliance) },
    };
    try {
      await r.store.transaction(async (tx) => {
        await tx.insert('snapshots', doc);
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
    const label = shortMonthLabel(month);
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
