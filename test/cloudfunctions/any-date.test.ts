import { chineseDaysSource, shanghaiDay } from '../../src/core';
import { demoYearSchedule, exampleMonth } from '../../dev/seed-calendar';
import { seeded } from './harness';

/**
 * The demo and the cadre's day on any date: the dates where calendars break (the 1st of a month
 * before 09:00, the day after a public holiday, a make-up Saturday, 31 December, 4 January of a
 * year the holiday data lacks) and, so that today is never special, the real date of the run.
 */
const MATRIX: [string, Date][] = [
  ['the 1st of a month, 08:00', new Date('2026-12-01T08:00:00+08:00')],
  ['the day after National Day', new Date('2026-10-08T10:00:00+08:00')],
  ['a make-up Saturday', new Date('2026-10-10T10:00:00+08:00')],
  ['31 December, evening', new Date('2026-12-31T20:00:00+08:00')],
  ['4 January of a year without holiday data', new Date('2027-01-04T09:30:00+08:00')],
  ['today', new Date()],
];

describe.each(MATRIX)('on %s', (_label, now) => {
  let env: Awaited<ReturnType<typeof seeded>>;
  beforeAll(async () => {
    env = await seeded(now, { asLocalStack: true });
  });

  it("opens the cadre's home and takes a clock-in", async () => {
    const today = await env.call('demo-fs', 'cadre.today', {});
    expect(today).toMatchObject({ ok: true, data: { day: shanghaiDay(now), clockedIn: false } });
    const v = await env.store.get('villages', 'vil_430121_V001');
    const f = v!.fence[0];
    const r = await env.call('demo-fs', 'attendance.clockIn', { lat: f.lat, lng: f.lng, accuracyM: 20, clientRequestId: 'any-date-0001' });
    expect(r).toMatchObject({ ok: true });
    expect(await env.call('demo-fs', 'cadre.today', {})).toMatchObject({ ok: true, data: { clockedIn: true } });
  });

  it('gives the township supervisor a lagging village, the mock-location flag and open alerts', async () => {
    const month = await env.call('demo-supervisor', 'compliance.monthly', { month: exampleMonth(now) });
    expect(month.ok && month.data.counts.villagesFailing).toBeGreaterThan(0);
    const flags = await env.call('demo-supervisor', 'flags.list', {});
    expect(flags.ok && flags.data.flags.map((x: { kindLabel: string }) => x.kindLabel).join()).toMatch(/坐标多天完全相同/);
    const alerts = await env.call('demo-supervisor', 'alerts.list', {});
    expect(alerts.ok && alerts.data.open).toBeGreaterThan(0);
  });

  it('has a working calendar for this year, entered as demo data only where the package lacks it', async () => {
    const year = Number(shanghaiDay(now).slice(0, 4));
    const got = await env.call('demo-admin', 'calendar.year.get', { year });
    expect(got).toMatchObject({ ok: true, data: chineseDaysSource.hasYear(year) ? { source: 'package' } : { source: 'national', demo: true } });
  });
});

describe('the demo holiday schedule', () => {
  it.each([2027, 2028, 2031, 2036, 2044, 2099])('is a valid schedule for %i, 中秋 merged into 国庆 when they meet', (year) => {
    const s = demoYearSchedule(year);
    expect(s.holidays[0]).toEqual({ name: '元旦', from: `${year}-01-01`, to: `${year}-01-01` });
    expect(s.holidays.map((h) => h.name)).toContain('春节');
    expect(s.holidays.filter((h) => h.name.includes('中秋'))).toHaveLength(1);
  });
});
