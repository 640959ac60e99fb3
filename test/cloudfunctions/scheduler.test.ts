import { dispatch, type Job, type JobEnv } from '../../cloudfunctions/scheduler/dispatch';
import type { DocDriver } from '../../cloudfunctions/common/store/driver';
import { dailyPeriod } from '../../src/core';
import { fail } from '../../cloudfunctions/common/errors';
import { testServices, testStore } from './harness';

const { services } = testServices();

async function store() {
  const s = await testStore();
  await s.put('counties', { _id: 'cty_A', name: '甲县', code: 'A' });
  return s;
}
const env = (s: DocDriver, iso: string): JobEnv => ({ store: s, services, now: new Date(iso), log: () => {} });

/** A daily job due from the county's clock-in reminder time. */
function dailyAtReminder(runs: string[], failFirst = false): Job {
  let failed = !failFirst;
  return {
    name: 'clock-in-reminder',
    due: (now, rules) => dailyPeriod(now, rules.schedule.clockInReminder),
    run: async (r) => {
      if (!failed) {
        failed = true;
        throw new Error('delivery down');
      }
      runs.push(r.now.toISOString());
    },
  };
}

describe('scheduler dispatch', () => {
  it('runs a job once per county and period even when triggered twice or late (TZ-independent)', async () => {
    const s = await store();
    const runs: string[] = [];
    const job = dailyAtReminder(runs);
    expect((await dispatch([job], env(s, '2026-11-20T01:59:59Z'))).ran).toEqual([]); // 09:59:59 Shanghai
    expect((await dispatch([job], env(s, '2026-11-20T02:00:00Z'))).ran).toEqual(['clock-in-reminder:cty_A:2026-11-20']);
    expect((await dispatch([job], env(s, '2026-11-20T02:00:00Z'))).skipped).toEqual(['clock-in-reminder:cty_A:2026-11-20']);
    expect((await dispatch([job], env(s, '2026-11-20T13:00:00Z'))).ran).toEqual([]); // late trigger, same day
    // 00:30 on the 21st in Shanghai is still the 20th in UTC: not due yet for the 21st.
    expect((await dispatch([job], env(s, '2026-11-20T16:30:00Z'))).ran).toEqual([]);
    // A late trigger (10:40) on the 21st still runs once.
    expect((await dispatch([job], env(s, '2026-11-21T02:40:00Z'))).ran).toEqual(['clock-in-reminder:cty_A:2026-11-21']);
    expect(runs).toHaveLength(2);
  });

  it('uses each county\'s own time (rules.schedule)', async () => {
    const s = await store();
    await s.put('counties', { _id: 'cty_B', name: '乙县', code: 'B' });
    await s.put('config', { _id: 'rules:cty_B', countyId: 'cty_B', rules: { schedule: { clockInReminder: '09:00' } }, version: 1 });
    const runs: string[] = [];
    const r = await dispatch([dailyAtReminder(runs)], env(s, '2026-11-20T01:30:00Z')); // 09:30 Shanghai
    expect(r.ran).toEqual(['clock-in-reminder:cty_B:2026-11-20']);
  });

  it('frees the period when a run fails, so the next trigger retries it, and keeps running other jobs', async () => {
    const s = await store();
    const runs: string[] = [];
    const other: string[] = [];
    const job = dailyAtReminder(runs, true);
    const second: Job = { name: 'other', due: (now) => dailyPeriod(now, '00:00'), run: async () => void other.push('x') };
    const first = await dispatch([job, second], env(s, '2026-11-20T02:00:00Z'));
    expect(first.failed).toEqual([{ id: 'clock-in-reminder:cty_A:2026-11-20', error: 'delivery down' }]);
    expect(first.ran).toEqual(['other:cty_A:2026-11-20']);
    expect((await dispatch([job, second], env(s, '2026-11-20T02:05:00Z'))).ran).toEqual(['clock-in-reminder:cty_A:2026-11-20']);
    expect(runs).toHaveLength(1);
    expect(other).toHaveLength(1);
  });

  it('skips a year without calendar data with its reason, never guessing; marked for release when the year is entered', async () => {
    const s = await store();
    const lines: Record<string, unknown>[] = [];
    const job: Job = { name: 'needs-calendar', due: (now) => dailyPeriod(now, '10:00'), run: async () => fail('CALENDAR_UNKNOWN') };
    const r = await dispatch([job], { ...env(s, '2027-01-04T02:00:00Z'), log: (l) => lines.push(l) });
    expect(r.ran).toEqual(['needs-calendar:cty_A:2027-01-04']);
    expect(r.notes['needs-calendar:cty_A:2027-01-04']).toMatch(/^跳过：.*节假日安排尚未录入/);
    expect(lines[0]).toMatchObject({ skipped: 'CALENDAR_UNKNOWN' });
    expect(await s.get('jobs', 'needs-calendar:cty_A:2027-01-04')).toMatchObject({ note: expect.stringMatching(/跳过/), skipped: 'CALENDAR_UNKNOWN' });
    expect((await dispatch([job], env(s, '2027-01-04T02:05:00Z'))).skipped).toEqual(['needs-calendar:cty_A:2027-01-04']);
  });
  it('takes over a run left unfinished for 15 minutes (timed out), not a recent one', async () => {
    const s = await store();
    const runs: string[] = [];
    const job = dailyAtReminder(runs);
    await s.insert('jobs', { _id: 'clock-in-reminder:cty_A:2026-11-20', job: 'clock-in-reminder', countyId: 'cty_A', period: '2026-11-20', startedAt: '2026-11-20T02:00:00.000Z', finishedAt: null, note: null });
    expect((await dispatch([job], env(s, '2026-11-20T02:14:59Z'))).skipped).toHaveLength(1);
    expect((await dispatch([job], env(s, '2026-11-20T02:15:00Z'))).ran).toEqual(['clock-in-reminder:cty_A:2026-11-20']);
    expect((await dispatch([job], env(s, '2026-11-20T02:40:00Z'))).skipped).toHaveLength(1);
    expect(runs).toHaveLength(1);
  });
});
