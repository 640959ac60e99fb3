import { dailyPeriod, isWorkingKind, presenceProjection, shanghaiMonth } from '../../../src/core';
import { raiseAlert } from '../../common/alerts';
import { notify } from '../../common/delivery/messages';
import { monthContext } from '../../common/month';
import type { Job } from '../dispatch';
import { countyCadres, PAGES, push, tellSupervisors } from './shared';

/**
 * Working days at rules.schedule.forwardWarning: cadres whose presence projection is at risk (or
 * can no longer reach the month's requirement) are told, and an alert goes to their township
 * supervisor — once per person, month and status, so a worsening raises a new one.
 */
export const forwardWarning: Job = {
  name: 'forward-warning',
  due: (now, rules) => dailyPeriod(now, rules.schedule.forwardWarning),
  async run(r) {
    const month = shanghaiMonth(r.now);
    const mctx = await monthContext(r.store, r.countyId, month, r.today, r.now);
    const day = mctx.calendar.days.find((d) => d.date === r.today);
    if (!day || !isWorkingKind(day.kind)) return '今天不是工作日，不预警';
    const { records, villages } = await countyCadres(r, month, r.today); // posted today: not before arrival, not after a recall
    const findings = new Map<string, string[]>();
    let raised = 0;
    for (const { record, person } of records) {
      const p = presenceProjection(record, mctx);
      if (p.status !== 'at-risk' && p.status !== 'cannot-reach') continue;
      const village = villages.get(person.villageId ?? '');
      if (!village) continue;
      const text = `${village.name} ${person.name}：${p.sentence}`;
      const { created } = await raiseAlert(r.store, r.now, {
        kind: p.status,
        key: `${person._id}:${month}`,
        countyId: r.countyId,
        townshipId: village.townshipId,
        villageId: village._id,
        personId: person._id,
        day: r.today,
        text,
      });
      if (!created) continue;
      raised += 1;
      push(findings, village.townshipId, `${village.name}${person.name}`);
      await notify(r, r.rules, {
        personId: person._id,
        openid: person.openid,
        countyId: r.countyId,
        kind: 'forward-warning',
        title: p.status === 'cannot-reach' ? '本月驻村天数已无法达标' : '本月驻村天数预警',
        body: p.sentence,
        page: PAGES.month,
      });
    }
    await tellSupervisors(r, findings, 'at-risk-summary', (n) => `${n}名驻村干部本月驻村天数可能不达标`);
    return `新预警${raised}条`;
  },
};
