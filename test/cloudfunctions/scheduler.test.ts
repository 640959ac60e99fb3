import { dispatch, type Job } from '../../cloudfunctions/scheduler/dispatch';
import { SqliteDriver } from '../../cloudfunctions/common/store/sqlite';
import { shanghaiDay, shanghaiHourMinute } from '../../src/core';

/** A daily job due from 10:00 Shanghai time. */
function dailyAtTen(runs: string[], failFirst = false): Job {
  let failed = !failFirst;
  return {
    name: 'clock-in-reminder',
    due: (now) => (shanghaiHourMinute(now) >= '10:00' ? shanghaiDay(now) : null),
    run: async (now) => {
      if (!failed) {
        failed = true;
        throw new Error('delivery down');
      }
      runs.push(now.toISOString());
    },
  };
}

describe('scheduler dispatch', () => {
  it('runs a job once per period even when triggered twice or late (TZ-independent)', async () => {
    const store = new SqliteDriver(':memory:');
    const runs: string[] = [];
    const job = dailyAtTen(runs);
    expect(await dispatch([job], new Date('2026-11-20T01:59:00Z'), store)).toEqual({ ran: [], skipped: [] }); // 09:59 Shanghai
    expect((await dispatch([job], new Date('2026-11-20T02:00:00Z'), store)).ran).toEqual(['clock-in-reminder:2026-11-20']);
    expect((await dispatch([job], new Date('2026-11-20T02:05:00Z'), store)).skipped).toEqual(['clock-in-reminder:2026-11-20']);
    expect((await dispatch([job], new Date('2026-11-20T13:00:00Z'), store)).ran).toEqual([]); // late trigger, same day
    // 00:30 on the 21st in Shanghai is still 20th in UTC: not due yet for the 21st.
    expect((await dispatch([job], new Date('2026-11-20T16:30:00Z'), store)).ran).toEqual([]);
    expect((await dispatch([job], new Date('2026-11-21T03:00:00Z'), store)).ran).toEqual(['clock-in-reminder:2026-11-21']);
    expect(runs).toHaveLength(2);
  });

  it('frees the period when a run fails, so the next trigger retries it', async () => {
    const store = new SqliteDriver(':memory:');
    const runs: string[] = [];
    const job = dailyAtTen(runs, true);
    await expect(dispatch([job], new Date('2026-11-20T02:00:00Z'), store)).rejects.toThrow('delivery down');
    expect((await dispatch([job], new Date('2026-11-20T02:05:00Z'), store)).ran).toEqual(['clock-in-reminder:2026-11-20']);
    expect(runs).toHaveLength(1);
  });
});
