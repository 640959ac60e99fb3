import { dailyPeriod, dayLabel, monthOf, yesterday } from '../../../src/core';
import { raiseAlert } from '../../common/alerts';
import type { Job } from '../dispatch';
import { countyCadres, push, tellSupervisors } from './shared';

/**
 * Daily at rules.schedule.coverageCheck: a village whose team had nobody clocked in at the
 * village yesterday (any calendar day, weekends included) is reported to the township supervisor.
 * Only cadres stationed yesterday count; a village with none posted that day is not reported.
 */
export const coverageGap: Job = {
  name: 'coverage-gap',
  due: (now, rules) => dailyPeriod(now, rules.schedule.coverageCheck),
  async run(r) {
    if (!r.rules.coverage.enabled) return '本县不检查每日在岗';
    const day = yesterday(r.now);
    const { records, villages } = await countyCadres(r, monthOf(day), day);
    const teams = new Map<string, typeof records>();
    for (const rec of records) push(teams, rec.person.villageId ?? '', rec);
    const findings = new Map<string, string[]>();
    let raised = 0;
    for (const [villageId, team] of teams) {
      const village = villages.get(villageId);
      if (!village || team.some((m) => m.record.presentDays.includes(day))) continue;
      const { created } = await raiseAlert(r.store, r.now, {
        kind: 'coverage-gap',
        key: `${villageId}:${day}`,
        countyId: r.countyId,
        townshipId: village.townshipId,
        villageId,
        personId: null,
        day,
        text: `${village.name}${dayLabel(day)}工作队${team.length}人都不在村（无人打卡）`,
      });
      if (!created) continue;
      raised += 1;
      push(findings, village.townshipId, village.name);
    }
    await tellSupervisors(r, findings, 'coverage-gap', (n) => `${dayLabel(day)}有${n}个村无人在村`);
    return `新预警${raised}条`;
  },
};
