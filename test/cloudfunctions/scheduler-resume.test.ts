import { dispatch, type Job } from '../../cloudfunctions/scheduler/dispatch';
import { clockInReminder } from '../../cloudfunctions/scheduler/jobs/clock-in-reminder';
import { diaryReminder } from '../../cloudfunctions/scheduler/jobs/diary-reminder';
import { forwardWarning } from '../../cloudfunctions/scheduler/jobs/forward-warning';
import { monthClose } from '../../cloudfunctions/scheduler/jobs/month-close';
import { BATCH } from '../../cloudfunctions/scheduler/jobs/shared';
import type { DocDriver } from '../../cloudfunctions/common/store/driver';
import { generateCounty } from '../../bench/province-data';
import { seeded, testServices } from './harness';
import { writeRollup } from '../../cloudfunctions/common/month';

const C = 'cty_430121';

/** A trigger that has time for `checks` looks at the clock, then none. */
function timeFor(checks: number) {
  let n = 0;
  return () => (n++ < checks ? 1 : 0);
}

async function setup(at: string) {
  const { store } = await seeded(new Date(at));
  for (const c of await store.find('counties', {})) if (c._id !== C) await store.remove('counties', c._id);
  if (at.startsWith('2026-11-19')) {
    // Every cadre was in the village that day (the seed stops the day before), so the diary reminder has many to tell.
    for (const doc of await store.find('person_months', { countyId: C, month: '2026-11' })) {
      await writeRollup(store, { ...doc, presentDays: [...doc.presentDays, '2026-11-19'] });
    }
  }
  const sent: string[] = [];
  const services = { ...testServices().services, delivery: { send: async (m: { openid: string }) => (sent.push(m.openid), true) } };
  const run = (jobs: Job[], timeLeft?: () => number) => dispatch(jobs, { store, services, now: new Date(at), log: () => {}, ...(timeLeft ? { timeLeft } : {}) });
  return { store, run, sent };
}

const told = async (store: DocDriver, kind: string) => (await store.find('messages', { kind })).map((m) => m.personId).sort();

describe('the scheduler at its time limit', () => {
  it.each([
    ['clock-in-reminder', clockInReminder, '2026-11-20T02:00:00Z'],
    ['diary-reminder', diaryReminder, '2026-11-19T12:00:00Z'],
  ] as const)('%s cut short after one batch resumes at the next trigger: every cadre told once, none skipped', async (kind, job, at) => {
    const whole = await setup(at);
    await whole.run([job]);
    const everyone = await told(whole.store, kind);
    expect(everyone.length).toBeGreaterThan(BATCH); // more than one batch, so the cut falls inside

    const { store, run } = await setup(at);
    const id = `${kind}:${C}:${at.slice(0, 10)}`;
    const first = await run([job], timeFor(1)); // time to start, none for a second batch
    expect(first.unfinished).toEqual([id]);
    expect(first.ran).toEqual([]);
    expect(await told(store, kind)).toHaveLength(BATCH);
    expect(await store.get('jobs', id)).toMatchObject({ paused: true, finishedAt: null });

    const second = await run([job]);
    expect(second.ran).toEqual([id]);
    expect(second.notes[id]).toBe(`提醒${everyone.length - BATCH}人`);
    expect(await told(store, kind)).toEqual(everyone);
    // Done: a third trigger the same day does nothing.
    expect((await run([job])).ran).toEqual([]);
    expect(await told(store, kind)).toEqual(everyone);
  });

  it('a trigger out of time leaves a due job for the next one', async () => {
    const { store, run } = await setup('2026-11-20T02:00:00Z');
    const r = await run([clockInReminder], timeFor(0));
    expect(r.ran).toEqual([]);
    expect(r.skipped).toEqual([`clock-in-reminder:${C}:2026-11-20`]);
    expect(await store.find('jobs', { job: 'clock-in-reminder' })).toEqual([]);
    expect((await run([clockInReminder])).ran).toEqual([`clock-in-reminder:${C}:2026-11-20`]);
  });

  it('month close cut short resumes after the last village written, then writes the head once', async () => {
    const at = '2026-11-01T00:00:00Z';
    const { store, run } = await setup(at);
    await store.remove('counties', C);
    const { countyId, villages } = await generateCounty(store, { code: '990150', cadres: 150, adminOpenid: 'big-admin', months: ['2026-10'], today: '2026-11-01' });
    expect(villages).toBe(50);
    const id = `month-close:${countyId}:2026-10`;
    const first = await run([monthClose], timeFor(2)); // the first two batches of 20 villages
    expect(first.unfinished).toEqual([id]);
    const snaps = async () => (await store.find('snapshots', { countyId, month: '2026-10' })).filter((d) => d.kind === 'village-month');
    expect(await snaps()).toHaveLength(40);
    expect(await store.get('snapshots', `${countyId}:2026-10`)).toBeNull(); // not closed yet

    expect((await run([monthClose])).ran).toEqual([id]);
    expect(await snaps()).toHaveLength(50);
    expect(await store.get('snapshots', `${countyId}:2026-10`)).toMatchObject({ summary: { counts: { villages: 50, cadres: 150 } } });
    expect(await store.find('audit', { entity: 'snapshot', countyId })).toHaveLength(1);
  });
});

/*
 * The forward warning, judged in batches: cut at the trigger's time limit and resumed from the last
 * cadre done, it ends as one uncut run would — the same alerts, each cadre told once with the same
 * message, each supervisor's summary naming every cadre with a new alert — on an ordinary day and
 * on the 1st (two months judged).
 */
/** What the run leaves behind, comparable between runs. */
async function outcome(store: DocDriver) {
  const alerts = (await store.find('alerts', { countyId: C })).map((a) => `${a._id}|${a.text}`).sort();
  const messages = (await store.find('messages', { countyId: C }))
    .filter((m) => m.kind === 'forward-warning' || m.kind === 'at-risk-summary')
    .map((m) => `${m._id}|${m.title}|${m.body}`)
    .sort();
  return { alerts, messages };
}

describe('forward warning cut short at the time limit', () => {
  it.each(['2026-11-20T01:00:00Z', '2026-12-01T01:00:00Z'])('on %s: resumed, it ends as one uncut run would', async (at) => {
    const whole = await setup(at);
    await whole.run([forwardWarning]);
    const expected = await outcome(whole.store);
    expect(expected.alerts.length).toBeGreaterThan(0);
    expect(expected.messages.some((m) => m.includes('|forward-warning|') || m.includes(':forward-warning:'))).toBe(true);
    expect(expected.messages.some((m) => m.includes(':at-risk-summary:'))).toBe(true);
    expect(await whole.store.count('people', { countyId: C })).toBeGreaterThan(BATCH); // the cut falls inside

    const { store, run } = await setup(at);
    const id = `forward-warning:${C}:${at.slice(0, 10)}`;
    const first = await run([forwardWarning], timeFor(1)); // time for one batch only
    expect(first.unfinished).toEqual([id]);
    expect(await store.get('jobs', id)).toMatchObject({ paused: true, finishedAt: null });
    const second = await run([forwardWarning]);
    expect(second.ran).toEqual([id]);
    expect(await outcome(store)).toEqual(expected);
    // Done: another trigger the same day changes nothing.
    expect((await run([forwardWarning])).ran).toEqual([]);
    expect(await outcome(store)).toEqual(expected);
  });
});
