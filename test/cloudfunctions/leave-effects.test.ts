import { seeded } from './harness';
import { applied, FS } from './leave-helpers';
import { writeRollup } from '../../cloudfunctions/common/month';

type S = Awaited<ReturnType<typeof seeded>>;

async function presentOn(s: S, days: string[]) {
  const doc = await s.store.get('person_months', `${FS}:2026-11`);
  await writeRollup(s.store, { ...doc!, presentDays: days, fieldDays: [], officialDays: [], leaveDays: [] });
}

async function effectsOf(s: S, leaveId: string) {
  const q = await s.call('demo-supervisor', 'leave.queue', {});
  if (!q.ok) throw new Error(q.error.message);
  return q.data.pending.find((l: { id: string }) => l.id === leaveId).effects;
}

describe('leave.queue: what approving would do to the month', () => {
  it('red when the days left after the leave cannot reach the required days', async () => {
    const s = await seeded(); // Friday 20 November 2026
    await presentOn(s, ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']);
    const id = await applied(s, { from: '2026-11-23', to: '2026-11-27' });
    const [effect] = await effectsOf(s, id);
    expect(effect).toMatchObject({ month: '2026-11', tone: 'bad' });
    expect(effect.sentence).toMatch(/^批准后11月无法达标：还需驻村\d+天，请假后11月只剩\d+个工作日$/);
  });

  it('green when the month is still within reach, and one line per month a leave spans', async () => {
    const s = await seeded();
    const nov = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13', '16', '17', '18', '19', '20'].map((d) => `2026-11-${d}`);
    await presentOn(s, nov);
    const id = await applied(s, { from: '2026-11-30', to: '2026-12-01' });
    const effects = await effectsOf(s, id);
    expect(effects.map((e: { month: string }) => e.month)).toEqual(['2026-11', '2026-12']);
    expect(effects[0]).toMatchObject({ tone: 'ok', sentence: expect.stringMatching(/^批准后11月仍(可)?达标/) });
  });
});
