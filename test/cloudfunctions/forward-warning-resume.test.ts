/**
 * The forward warning at province scale: judged in batches, cut at the trigger's time limit and
 * resumed at the next trigger from the last cadre done. The outcome is the same as one uncut run:
 * the same alerts, each cadre told once with the same message, each supervisor's summary naming
 * every cadre with a new alert — on an ordinary day and on the 1st (two months judged).
 */
import { dispatch, type Job } from '../../cloudfunctions/scheduler/dispatch';
import { forwardWarning } from '../../cloudfunctions/scheduler/jobs/forward-warning';
import { BATCH } from '../../cloudfunctions/scheduler/jobs/shared';
import type { DocDriver } from '../../cloudfunctions/common/store/driver';
import { seeded, testServices } from './harness';

const C = 'cty_430121';

/** A trigger that has time for `checks` looks at the clock, then none. */
function timeFor(checks: number) {
  let n = 0;
  return () => (n++ < checks ? 1 : 0);
}

async function setup(at: string) {
  const { store } = await seeded(new Date(at));
  for (const c of await store.find('counties', {})) if (c._id !== C) await store.remove('counties', c._id);
  const services = testServices().services;
  const run = (jobs: Job[], timeLeft?: () => number) => dispatch(jobs, { store, services, now: new Date(at), log: () => {}, ...(timeLeft ? { timeLeft } : {}) });
  return { store, run };
}

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
