import { seeded, testServices } from './harness';
import { putDecidedLeave } from './scheduler-helpers';
import { dispatch, type Job } from '../../cloudfunctions/scheduler/dispatch';
import { clockInReminder } from '../../cloudfunctions/scheduler/jobs/clock-in-reminder';
import { diaryReminder } from '../../cloudfunctions/scheduler/jobs/diary-reminder';
import { forwardWarning } from '../../cloudfunctions/scheduler/jobs/forward-warning';
import { coverageGap } from '../../cloudfunctions/scheduler/jobs/coverage-gap';
import { overdueReturn } from '../../cloudfunctions/scheduler/jobs/overdue-return';
import { monthClose } from '../../cloudfunctions/scheduler/jobs/month-close';
import { escalation } from '../../cloudfunctions/scheduler/jobs/escalation';
import { housekeeping } from '../../cloudfunctions/scheduler/jobs/housekeeping';
import { raiseAlert } from '../../cloudfunctions/common/alerts';
import { SKIPPED_NO_CALENDAR } from '../../cloudfunctions/common/job-markers';
import { addDay, updatePersonMonth } from '../../cloudfunctions/common/month';

/**
 * January 2027 with no 2027 holiday data (the bundled data ends at 2026, nothing entered): the jobs
 * that judge no working day run as usual; those that do (clock-in reminder, forward warning, the
 * close of January) are skipped with their reason, marked to run once the year is entered.
 */
const C = 'cty_430121';
const P = (code: string) => `psn_430121_${code}`;
const SUPERVISOR_T01 = P('P0002');
const ADMIN = P('P0001');

async function setup() {
  const { store } = await seeded();
  // The jobs are checked on the demo county alone: the city's second county (dev/seed-city.ts) sits this out.
  await store.remove('counties', 'cty_439902');
  const { services } = testServices();
  const run = (jobs: Job[], iso: string) => dispatch(jobs, { store, services, now: new Date(iso), log: () => {} });
  const markPresent = async (code: string, day: string, field = false) => {
    const person = (await store.get('people', P(code)))!;
    const village = (await store.get('villages', person.villageId!))!;
    await updatePersonMonth(store, person, village.townshipId, day.slice(0, 7), (d) => addDay(field ? d.fieldDays : d.presentDays, day));
  };
  return { store, run, markPresent };
}

describe('scheduled jobs in January 2027 without its holiday schedule', () => {
  it('diary reminder (20:00) reminds the cadres present or in the field without a diary', async () => {
    const { store, run, markPresent } = await setup();
    await markPresent('P0101', '2027-01-04');
    await markPresent('P0102', '2027-01-04', true);
    const r = await run([diaryReminder], '2027-01-04T12:00:00Z');
    expect(r.failed).toEqual([]);
    expect(r.notes[`diary-reminder:${C}:2027-01-04`]).toBe('提醒2人');
    expect((await store.find('messages', { kind: 'diary-reminder' })).map((m) => m.personId).sort()).toEqual([P('P0101'), P('P0102')]);
  });

  it('team coverage gap (08:30) judges yesterday, a weekend day or a holiday alike', async () => {
    const { store, run, markPresent } = await setup();
    for (let v = 2; v <= 12; v += 1) await markPresent(`P0${v * 100 + 2}`, '2027-01-03');
    const r = await run([coverageGap], '2027-01-04T00:30:00Z');
    expect(r.failed).toEqual([]);
    expect(r.skipped).toEqual([]);
    expect((await store.find('alerts', { kind: 'coverage-gap' })).map((a) => a._id)).toEqual(['coverage-gap:vil_430121_V001:2027-01-03']);
    // On the 1st it looks back at 31 December (a known month) without trouble.
    expect((await run([coverageGap], '2027-01-01T00:30:00Z')).failed).toEqual([]);
  });

  it('overdue return (09:30) counts calendar days of grace, so it runs', async () => {
    const { store, run } = await setup();
    await putDecidedLeave(store, {
      _id: 'L1',
      personId: P('P0102'),
      from: '2026-12-30',
      to: '2027-01-02',
      days: 4,
      status: 'approved',
      approverLevel: 'county',
      createdAt: '2026-12-01T00:00:00Z',
      decidedAt: '2026-12-01T01:00:00Z',
      decidedBy: ADMIN,
      returnedAt: null,
    });
    const r = await run([overdueReturn], '2027-01-04T01:30:00Z');
    expect(r.failed).toEqual([]);
    expect((await store.find('alerts', { kind: 'overdue-return' })).map((a) => a._id)).toContain('overdue-return:L1');
    expect((await store.get('messages', `${SUPERVISOR_T01}:overdue-return:2027-01-04`))?.body).toContain('红旗村');
  });

  it('escalation (hourly) and housekeeping (03:00) run', async () => {
    const { store, run } = await setup();
    await raiseAlert(store, new Date('2026-12-31T01:00:00Z'), {
      kind: 'coverage-gap',
      key: 'vil_430121_V002:2026-12-30',
      countyId: C,
      townshipId: 'twn_430121_T01',
      villageId: 'vil_430121_V002',
      personId: null,
      day: '2026-12-30',
      text: '新民村12月30日无人在村',
    });
    const up = await run([escalation], '2027-01-04T02:00:00Z');
    expect(up.failed).toEqual([]);
    expect((await store.find('alerts', { level: 'county' })).map((a) => a._id)).toEqual(['coverage-gap:vil_430121_V002:2026-12-30']);
    await store.insert('jobs', { _id: `clock-in-reminder:${C}:2026-11-20`, job: 'clock-in-reminder', countyId: C, period: '2026-11-20', startedAt: '2026-11-20T02:00:00.000Z', finishedAt: '2026-11-20T02:00:01.000Z', note: '' });
    const hk = await run([housekeeping], '2027-01-03T19:00:00Z');
    expect(hk.failed).toEqual([]);
    expect(hk.notes[`housekeeping:${C}:2027-01-04`]).toMatch(/^清理\d+条运行记录/);
  });

  it('the working-day jobs are skipped with their reason and marked to run once the year is entered', async () => {
    const { store, run } = await setup();
    const r = await run([forwardWarning, clockInReminder], '2027-01-04T02:00:00Z');
    expect(r.failed).toEqual([]);
    for (const id of [`forward-warning:${C}:2027-01-04`, `clock-in-reminder:${C}:2027-01-04`]) {
      expect(r.notes[id]).toMatch(/^跳过：/);
      expect(await store.get('jobs', id)).toMatchObject({ skipped: SKIPPED_NO_CALENDAR });
    }
    expect(await store.find('messages', { kind: 'clock-in-reminder' })).toHaveLength(0);
    expect(await store.find('alerts', {})).toHaveLength(0);
  });

  it('month close freezes December on 1 January, and skips January on 1 February', async () => {
    const { store, run } = await setup();
    const dec = await run([monthClose], '2026-12-31T22:00:00Z');
    expect(dec.ran).toEqual([`month-close:${C}:2026-12`]);
    expect(dec.notes[`month-close:${C}:2026-12`]).toBe('2026-12已存档');
    const jan = await run([monthClose], '2027-01-31T22:00:00Z');
    expect(jan.notes[`month-close:${C}:2027-01`]).toMatch(/^跳过：/);
    expect(await store.get('jobs', `month-close:${C}:2027-01`)).toMatchObject({ skipped: SKIPPED_NO_CALENDAR });
    expect(await store.get('snapshots', `${C}:2027-01`)).toBeNull();
  });
});
