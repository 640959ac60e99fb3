import { addDays, dailyPeriod } from '../../../src/core';
import { pendingYear } from '../../common/calendar-years';
import { notify } from '../../common/delivery/messages';
import { countyAdmins } from '../../common/delivery/recipients';
import type { Job } from '../dispatch';
import { PAGES } from './shared';

/** Before the year begins, an admin is told at most once in this many days (from 1 November). */
export const CALENDAR_NOTICE_EVERY_DAYS = 7;

/**
 * Daily at 09:00: while the holiday schedule admins should enter is missing (pendingYear: next year
 * from 1 November, or this year once it has begun), each county admin gets a message (消息) saying
 * where to enter it, once for the whole deployment. Before the year begins the message comes on the
 * first day and then once a week; once the year has begun every judgement that needs working days
 * is paused, so it comes every day. Reads no calendar itself, so it never fails with CALENDAR_UNKNOWN;
 * it stops the day the year is entered, and never asks for a year the bundled data covers.
 */
export const calendarMissing: Job = {
  name: 'calendar-missing',
  due: (now) => dailyPeriod(now, '09:00'),
  async run(r) {
    const pending = await pendingYear(r.store, r.countyId, r.today);
    if (!pending) return '';
    const { year, started } = pending;
    const title = `${year}年节假日安排尚未录入`;
    const body = `${started ? '打卡提醒、驻村天数和等次已暂停计算。' : ''}请在 名册 → 设置 → 工作日历 录入（全国只需录入一次）`;
    const since = addDays(r.today, 1 - CALENDAR_NOTICE_EVERY_DAYS);
    let sent = 0;
    for (const personId of await countyAdmins(r.store, r.countyId)) {
      if (!started) {
        const recent = await r.store.find('messages', { personId, kind: 'calendar-missing', day: { $gte: since } }, { limit: 1 });
        if (recent.length) continue;
      }
      const s = await notify(r, r.rules, { personId, countyId: r.countyId, kind: 'calendar-missing', title, body, page: `${PAGES.settings}?year=${year}` });
      if (s !== 'duplicate') sent += 1;
    }
    return sent ? `提醒${sent}位管理员录入${year}年节假日安排` : '';
  },
};
