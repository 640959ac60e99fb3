/**
 * A calendar change and a grade confirmation of the same month never both land on what the other
 * changed (read guard `month:<county>:<month>`): one lands between the other's reads and its
 * transaction, and the other is refused with a Chinese CONFLICT and writes nothing.
 * SQLite and, in `npm test`'s second pass, the CloudBase emulator.
 */
import type { DocDriver } from '../../cloudfunctions/common/store/driver';
import { seeded, TEST_STORE } from './harness';

const P = 'psn_430121_P0101';

/** Runs `between` once, right before the first transaction opened from now on (after the caller's reads). */
function beforeFirstTransaction(store: DocDriver, between: () => Promise<void>) {
  const real = store.transaction.bind(store);
  let done = false;
  jest.spyOn(store, 'transaction').mockImplementation(async (fn) => {
    if (!done) {
      done = true;
      await between();
    }
    return real(fn as never);
  });
}

afterEach(() => jest.restoreAllMocks());

describe(`on ${TEST_STORE}: calendar change racing a grade of the same month`, () => {
  it('a calendar change landing after a grade was proposed: the grade is refused, nothing stored', async () => {
    const { call, store } = await seeded();
    beforeFirstTransaction(store, async () => {
      const r = await call('demo-admin', 'calendar.setOverride', { date: '2026-10-13', kind: 'rest', reason: '防汛抢险调休', clientRequestId: 'race-ovr-0001' });
      expect(r).toMatchObject({ ok: true });
    });
    const g = await call('demo-admin', 'grading.confirm', { personId: P, month: '2026-10', grade: 'competent', note: '按月纪实' });
    expect(g).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('工作日历刚刚调整过') } });
    expect(await store.get('grades', `${P}:2026-10`)).toBeNull();
    expect(await store.get('calendar_overrides', 'cty_430121:2026-10-13')).toMatchObject({ kind: 'rest' });
    // Asked again, it is proposed from the new calendar and lands.
    expect(await call('demo-admin', 'grading.confirm', { personId: P, month: '2026-10', grade: 'competent', note: '按月纪实' })).toMatchObject({ ok: true });
  });

  it('a grade confirmed after a calendar change was checked: the change is refused (the month is settled), nothing stored', async () => {
    const { call, store } = await seeded();
    beforeFirstTransaction(store, async () => {
      const g = await call('demo-admin', 'grading.confirm', { personId: P, month: '2026-10', grade: 'competent', note: '按月纪实' });
      expect(g).toMatchObject({ ok: true });
    });
    const r = await call('demo-admin', 'calendar.setOverride', { date: '2026-10-13', kind: 'rest', reason: '防汛抢险调休', clientRequestId: 'race-ovr-0002' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已有等次确认') } });
    expect(await store.get('calendar_overrides', 'cty_430121:2026-10-13')).toBeNull();
    expect(await store.get('grades', `${P}:2026-10`)).toMatchObject({ grade: 'competent' });
  });
});
