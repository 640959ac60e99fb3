import { dailyPeriod, dayLabel, shanghaiMonth } from '../../../src/core';
import { notify } from '../../common/delivery/messages';
import type { Job } from '../dispatch';
import { countyCadres, inBatches, PAGES } from './shared';

/** Daily at rules.schedule.diaryReminder: cadres present (or in the field) today without a diary. */
export const diaryReminder: Job = {
  name: 'diary-reminder',
  due: (now, rules) => dailyPeriod(now, rules.schedule.diaryReminder),
  async run(r) {
    const { records } = await countyCadres(r, shanghaiMonth(r.now), r.today);
    let sent = 0;
    const due = records.filter(({ record }) => {
      const worked = record.presentDays.includes(r.today) || record.fieldDays.includes(r.today);
      return worked && !record.diaries.some((d) => d.day === r.today);
    });
    const result = await inBatches(
      r,
      due,
      ({ record }) => record.personId,
      async ({ record, person }) => {
        const s = await notify(r, r.rules, {
          personId: record.personId,
          openid: person.openid,
          countyId: r.countyId,
          kind: 'diary-reminder',
          title: '工作日志提醒',
          body: `今天（${dayLabel(r.today)}）驻村了，还没写工作日志，请在今天内填写。`,
          page: PAGES.diary,
        });
        if (s !== 'duplicate') sent += 1;
      },
      () => `已提醒${sent}人，余下的下次接着提醒`,
    );
    return typeof result === 'number' ? `提醒${sent}人` : result;
  },
};
