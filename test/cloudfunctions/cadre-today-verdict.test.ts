import { seeded } from './harness';
import { at, clockIn, FS } from './leave-helpers';
import { writeRollup } from '../../cloudfunctions/common/month';

type S = Awaited<ReturnType<typeof seeded>>;

/** Working days of November 2026 by the server's calendar. */
async function novemberWorkingDays(s: S): Promise<string[]> {
  const r = await s.call('demo-admin', 'calendar.month', { month: '2026-11' });
  if (!r.ok) throw new Error(r.error.message);
  return r.data.days.filter((d: { kind: string }) => d.kind === 'workday' || d.kind === 'makeup-workday').map((d: { date: string }) => d.date);
}

async function month(s: S, day: string) {
  const r = await s.call('demo-fs', 'cadre.today', {}, at(day));
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

describe('cadre.today tells the truth about the month', () => {
  it('three unexcused absences are red 不达标 with their reason, even while the projection could still be met', async () => {
    const s = await seeded();
    const working = (await novemberWorkingDays(s)).filter((d) => d < '2026-11-20');
    const doc = await s.store.get('person_months', `${FS}:2026-11`);
    await writeRollup(s.store, { ...doc!, presentDays: working.slice(3), fieldDays: [], officialDays: [], leaveDays: [] });
    const t = await month(s, '2026-11-20');
    expect(t.month.projection.status).not.toBe('cannot-reach');
    expect(t.month.verdict).toMatchObject({ tone: 'bad', word: '不达标' });
    expect(t.month.verdict.sentence).toMatch(/^无故缺勤3天/);
  });

  it('the credited days add up: 在村 + 外勤 + 公假 = 已计在村, each day once', async () => {
    const s = await seeded();
    const working = (await novemberWorkingDays(s)).filter((d) => d < '2026-11-20');
    const doc = await s.store.get('person_months', `${FS}:2026-11`);
    // Two days with both a clock-in and 外勤, one 外勤 only, one Sunday clock-in.
    await writeRollup(s.store, { ...doc!, presentDays: [...working.slice(0, 10), '2026-11-08'], fieldDays: [working[0], working[1], working[12]], officialDays: [] });
    const { credit } = (await month(s, '2026-11-20')).month;
    expect(credit).toEqual({ credited: 11, present: 10, field: 1, official: 0, notCounted: 1, notCountedReason: '另有1天不计入（休息日的记录不计）' });
  });

  it('a clock-in outside the fence is named on the home (不在村, how far), until one counts', async () => {
    const s = await seeded();
    const day = '2026-11-23';
    expect((await s.call('demo-fs', 'cadre.today', {}, at(day))).ok).toBe(true);
    expect((await month(s, day)).outsideToday).toBeNull();
    expect(await clockIn(s, at(day), true)).toMatchObject({ ok: true });
    const t = await month(s, day);
    expect(t.clockedIn).toBe(false);
    expect(t.outsideToday).toMatchObject({ distanceM: expect.any(Number) });
    expect(t.outsideToday.distanceM).toBeGreaterThan(4000); // 0.05° north of the first fence, about 4.6 km from the nearest
    const inVillage = await clockIn(s, new Date(at(day).getTime() + 60_000));
    expect(inVillage).toMatchObject({ ok: true });
    const after = await month(s, day);
    expect(after.clockedIn).toBe(true);
    expect(after.outsideToday).toBeNull();
  });
});
