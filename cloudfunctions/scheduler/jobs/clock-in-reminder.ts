import { dailyPeriod, dayLabel, isWorkingKind, shanghaiMonth } from '../../../src/core';
import { countyMonthCalendar } from '../../common/month';
import type { Job } from '../dispatch';
import { countyCadres, PAGES, remindCadres } from './shared';

/** Working days at rules.schedule.clockInReminder: cadres with nothing recorded today yet. */
export const clockInReminder: Job = {
  name: 'clock-in-reminder',
  due: (now, rules) => dailyPeriod(now, rules.schedule.clockInReminder),
  async run(r) {
    const month = shanghaiMonth(r.now);
    const calendar = await countyMonthCalendar(r.store, r.countyId, month); // CALENDAR_UNKNOWN → skipped by dispatch
    const day = calendar.days.find((d) => d.date === r.today);
    if (!day || !isWorkingKind(day.kind)) return '今天不是工作日，不提醒';
    const { records } = await countyCadres(r, month, r.today);
    const due = records.filter(({ record }) => ![record.presentDays, record.fieldDays, record.officialDays, record.leaveDays].some((l) => l.includes(r.today)));
    return remindCadres(r, due, {
      kind: 'clock-in-reminder',
      title: '驻村打卡提醒',
      body: `今天（${dayLabel(r.today)}）还没有驻村记录，到村后请打一次卡；外出办事请选外勤。`,
      page: PAGES.cadreHome,
    });
  },
};
