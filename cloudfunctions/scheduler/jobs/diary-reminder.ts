import { dailyPeriod, dayLabel, shanghaiMonth } from '../../../src/core';
import type { Job } from '../dispatch';
import { countyCadres, PAGES, remindCadres } from './shared';

/** Daily at rules.schedule.diaryReminder: cadres present (or in the field) today without a diary. */
export const diaryReminder: Job = {
  name: 'diary-reminder',
  due: (now, rules) => dailyPeriod(now, rules.schedule.diaryReminder),
  async run(r) {
    const { records } = await countyCadres(r, shanghaiMonth(r.now), r.today);
    const due = records.filter(({ record }) => {
      const worked = record.presentDays.includes(r.today) || record.fieldDays.includes(r.today);
      return worked && !record.diaries.some((d) => d.day === r.today);
    });
    return remindCadres(r, due, {
      kind: 'diary-reminder',
      title: '工作日志提醒',
      body: `今天（${dayLabel(r.today)}）驻村了，还没写工作日志，请在今天内填写。`,
      page: PAGES.diary,
    });
  },
};
