import { clockInReminder } from '../../cloudfunctions/scheduler/jobs/clock-in-reminder';
import { coverageGap } from '../../cloudfunctions/scheduler/jobs/coverage-gap';
import { dispatch } from '../../cloudfunctions/scheduler/dispatch';
import { countyGrants, countyPeople, countyVillages } from '../../cloudfunctions/common/org';
import { staleCadres } from '../../cloudfunctions/common/village-cadres';
import { seeded, testServices } from './harness';

// NOW in the harness: Friday 2026-11-20, 11:00 in Shanghai. November 2026 has 21 working days.
const COUNTY = 'cty_430121';
const FS = 'psn_430121_P0101'; // first secretary of 红旗村 (demo-fs)
const MEMBERS = ['psn_430121_P0102', 'psn_430121_P0103'];

/** Changes a cadre's stationing dates as a roster import does: the person, and their village's cadres with them. */
async function station(store: Awaited<ReturnType<typeof seeded>>['store'], id: string, patch: { stationedFrom?: string | null; stationedUntil?: string | null }) {
  await store.update('people', id, patch);
  const [villages, people, grants] = await Promise.all([countyVillages(store, COUNTY), countyPeople(store, COUNTY), countyGrants(store, COUNTY)]);
  const writes = staleCadres(villages, people, grants);
  await store.transaction(async (tx) => {
    for (const v of writes) await tx.put('villages', v);
  });
}

async function setup() {
  const { store, call } = await seeded();
  const { services } = testServices();
  const run = (jobs: Parameters<typeof dispatch>[0], iso: string) => dispatch(jobs, { store, services, now: new Date(iso), log: () => {} });
  return { store, call, run };
}

describe('stationing dates on the server', () => {
  it('a first secretary posted on 11-16 is judged on 11 working days, not 21', async () => {
    const { store, call } = await setup();
    await station(store, FS, { stationedFrom: '2026-11-16' });
    const r = await call('demo-supervisor', 'compliance.monthly', { month: '2026-11' });
    if (!r.ok) throw new Error(r.error.message);
    const fs = r.data.villages.flatMap((v: { persons: unknown[] }) => v.persons).find((p: { personId: string }) => p.personId === FS);
    expect(fs).toMatchObject({ workingDays: 11, requiredDays: 8 });
    expect(fs.unexcusedAbsences.every((d: string) => d >= '2026-11-16')).toBe(true);
    expect(fs.rules[0].reason).toContain('本月驻村期间（11月16日起）工作日11天');

    const today = await call('demo-fs', 'cadre.today', {});
    expect(today).toMatchObject({ ok: true, data: { month: { workingDays: 11, workingDaysSoFar: 5, requiredDays: 8 } } });
    const month = await call('demo-fs', 'cadre.month', {});
    if (!month.ok) throw new Error(month.error.message);
    expect(month.data.days.find((d: { date: string }) => d.date === '2026-11-13')).toMatchObject({ status: expect.stringMatching(/^(off-post|present)$/) });
    expect(month.data.days.find((d: { date: string; status: string }) => d.date === '2026-11-12' && d.status === 'absent')).toBeUndefined();
    expect(month.data.summary.workingDays).toBe(11);
  });

  it('a cadre recalled before the month is not listed in it, and hears so on their home page', async () => {
    const { store, call } = await setup();
    await station(store, FS, { stationedUntil: '2026-10-31' });
    const nov = await call('demo-supervisor', 'compliance.monthly', { month: '2026-11' });
    if (!nov.ok) throw new Error(nov.error.message);
    const ids = nov.data.villages.flatMap((v: { persons: { personId: string }[] }) => v.persons.map((p) => p.personId));
    expect(ids).not.toContain(FS);
    expect(ids).toEqual(expect.arrayContaining(MEMBERS));
    expect(await call('demo-fs', 'cadre.today', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('驻村期内') } });
  });

  it('reminders go only to cadres stationed today', async () => {
    const { store, run } = await setup();
    await station(store, FS, { stationedFrom: '2026-11-24' });
    await run([clockInReminder], '2026-11-23T02:05:00Z'); // Monday 10:05, nobody has clocked in yet
    const reminded = (await store.find('messages', { kind: 'clock-in-reminder', day: '2026-11-23' })).map((m) => m.personId);
    expect(reminded).toEqual(expect.arrayContaining(MEMBERS)); // stationed throughout
    expect(reminded).not.toContain(FS); // arrives tomorrow
  });

  it('a day with nobody of the team posted raises no coverage alert for the village', async () => {
    const hongqi = async (until: string | null) => {
      const { store, run } = await setup();
      for (const id of [FS, ...MEMBERS]) await station(store, id, { stationedUntil: until });
      const r = await run([coverageGap], '2026-11-22T00:35:00Z'); // Sunday 08:35: checks Saturday the 21st, unrecorded
      expect(r.failed).toEqual([]);
      const alerts = await store.find('alerts', { kind: 'coverage-gap', day: '2026-11-21' });
      return { hongqi: alerts.filter((a) => a.text.startsWith('红旗村')).length, all: alerts.length };
    };
    const posted = await hongqi(null);
    expect(posted.hongqi).toBe(1);
    const gone = await hongqi('2026-11-20');
    expect(gone).toEqual({ hongqi: 0, all: posted.all - 1 });
  });
});
