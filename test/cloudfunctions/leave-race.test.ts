/**
 * A check made on a query before the transaction holds at commit (read guards): two different
 * leave requests of one cadre sent at once with overlapping dates store one leave, never two.
 * Runs on SQLite and, in `npm test`'s second pass, on the CloudBase driver over the emulator.
 */
import { readGuard, leaveGuardId } from '../../cloudfunctions/common/read-guard';
import { TEST_STORE } from './harness';
import { apply, FS } from './leave-helpers';
import { seeded } from './harness';

describe(`on ${TEST_STORE}: concurrent different leave requests`, () => {
  it('overlapping dates sent at once: exactly one is stored, the others answer CONFLICT in Chinese', async () => {
    const s = await seeded();
    const answers = await Promise.all([
      apply(s, { from: '2026-11-23', to: '2026-11-24' }),
      apply(s, { from: '2026-11-24', to: '2026-11-25' }),
      apply(s, { from: '2026-11-22', to: '2026-11-23', type: 'sick' }),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    for (const a of answers.filter((x) => !x.ok)) {
      expect(a).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(a.ok ? '' : a.error.message).toMatch(/日期重叠/);
    }
    const stored = await s.store.find('leaves', { personId: FS, status: 'pending' });
    expect(stored.filter((l) => l.from <= '2026-11-25' && l.to >= '2026-11-22')).toHaveLength(1);
    expect(await readGuard(s.store, leaveGuardId(FS))).toBe(1);
  });

  it('dates that do not overlap, sent at once, are all stored', async () => {
    const s = await seeded();
    const answers = await Promise.all([
      apply(s, { from: '2026-11-23', to: '2026-11-23' }),
      apply(s, { from: '2026-11-25', to: '2026-11-25' }),
      apply(s, { from: '2026-11-27', to: '2026-11-27' }),
    ]);
    expect(answers.map((a) => a.ok)).toEqual([true, true, true]);
    expect(await s.store.count('leaves', { personId: FS, status: 'pending' })).toBeGreaterThanOrEqual(3);
  });

  it('a retry of a stored request answers the first result and writes nothing more', async () => {
    const s = await seeded();
    const input = { from: '2026-11-30', to: '2026-11-30', clientRequestId: 'leave-race-retry-01' };
    const [a, b] = await Promise.all([apply(s, input), apply(s, input)]);
    expect(a).toEqual(b);
    expect(a.ok).toBe(true);
    expect(await s.store.count('leaves', { personId: FS, from: '2026-11-30' })).toBe(1);
  });
});
