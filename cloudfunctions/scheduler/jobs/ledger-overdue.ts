import { addDays, dayLabel, hourPeriod } from '../../../src/core';
import { notify } from '../../common/delivery/messages';
import { countyAdmins, townshipSupervisors } from '../../common/delivery/recipients';
import { isOverdue, type ProblemDoc } from '../../common/ledger/docs';
import { LEDGER_PAGES } from '../../common/ledger/notices';
import { countyVillages } from '../../common/org';
import { findAll } from '../../common/store/driver';
import type { Job, JobRun } from '../dispatch';

/**
 * Hourly: a problem past its 时限 without a submitted rectification goes up to the township (its
 * supervisors are told), and rules.schedule.escalationDays days after its 时限 to the county (the
 * county admins are told); the 责任人 is reminded when it goes to the township. Once per problem per level: the problem keeps when it went up, and
 * each notice is keyed by problem and level.
 */
export const ledgerOverdue: Job = {
  name: 'ledger-overdue',
  due: (now) => hourPeriod(now),
  async run(r) {
    const problems = await findAll(r.store, 'problems', { countyId: r.countyId, status: { $in: ['open', 'returned'] } });
    const overdue = problems.filter((p) => isOverdue(p, r.today));
    if (overdue.length === 0) return '';
    const villages = new Map((await countyVillages(r.store, r.countyId)).map((v) => [v._id, v.name]));
    let township = 0;
    let county = 0;
    for (const p of overdue) {
      const what = `${villages.get(p.villageId) ?? ''}：${p.text}（时限${dayLabel(p.dueDay)}）`;
      if (!p.escalatedTownshipAt) {
        await r.store.update('problems', p._id, { escalatedTownshipAt: r.now.toISOString() });
        await tell(r, p, await townshipSupervisors(r.store, r.countyId, p.townshipId), 'township', '整改逾期未完成', what);
        if (p.responsiblePersonId) await tell(r, p, [p.responsiblePersonId], 'responsible', '您负责的整改已过时限', what);
        township += 1;
      }
      if (!p.escalatedCountyAt && addDays(p.dueDay, r.rules.schedule.escalationDays) < r.today) {
        await r.store.update('problems', p._id, { escalatedCountyAt: r.now.toISOString() });
        await tell(r, p, await countyAdmins(r.store, r.countyId), 'county', `整改逾期超过${r.rules.schedule.escalationDays}天`, what);
        county += 1;
      }
    }
    return township || county ? `整改逾期：报乡镇${township}条，报县${county}条` : '';
  },
};

async function tell(r: JobRun, p: ProblemDoc, personIds: string[], level: string, title: string, body: string) {
  for (const personId of personIds) {
    await notify(r, r.rules, { personId, countyId: r.countyId, kind: 'ledger-overdue', key: `${p._id}:${level}`, title, body, page: LEDGER_PAGES.problem(p._id) });
  }
}
