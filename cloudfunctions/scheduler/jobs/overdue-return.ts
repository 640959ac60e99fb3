import { dailyPeriod, dayLabel, isReturnOverdue } from '../../../src/core';
import { raiseAlert } from '../../common/alerts';
import { findAll } from '../../common/store/driver';
import type { Job } from '../dispatch';
import { push, tellSupervisors } from './shared';

/**
 * Daily at rules.schedule.overdueReturnCheck: approved leave whose end plus
 * leave.returnGraceDays has passed without a return is reported to the township supervisor.
 */
export const overdueReturn: Job = {
  name: 'overdue-return',
  due: (now, rules) => dailyPeriod(now, rules.schedule.overdueReturnCheck),
  async run(r) {
    const leaves = await findAll(r.store, 'leaves', { countyId: r.countyId, status: 'approved' });
    const overdue = leaves.filter((l) => isReturnOverdue(l, r.today, r.rules.leave.returnGraceDays));
    const findings = new Map<string, string[]>();
    let raised = 0;
    for (const leave of overdue) {
      const [person, village] = await Promise.all([r.store.get('people', leave.personId), r.store.get('villages', leave.villageId)]);
      const who = `${village?.name ?? ''}${person?.name ?? leave.personId}`;
      const { created } = await raiseAlert(r.store, r.now, {
        kind: 'overdue-return',
        key: leave._id,
        countyId: r.countyId,
        townshipId: leave.townshipId,
        villageId: leave.villageId,
        personId: leave.personId,
        day: r.today,
        text: `${who}请假到${dayLabel(leave.to)}，已过销假期限仍未返岗`,
      });
      if (!created) continue;
      raised += 1;
      push(findings, leave.townshipId, who);
    }
    await tellSupervisors(r, findings, 'overdue-return', (n) => `${n}人假满未返岗`);
    return `新预警${raised}条`;
  },
};
