import { clockInReminder } from '../../cloudfunctions/scheduler/jobs/clock-in-reminder';
import { dispatch } from '../../cloudfunctions/scheduler/dispatch';
import { seeded, testServices } from './harness';

/** A plausible 2027 schedule, as an admin would enter it from the State Council notice. */
const SCHEDULE = {
  year: 2027,
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-13' },
    { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
  ],
  makeupWorkdays: ['2027-01-31', '2027-02-20', '2027-09-26', '2027-10-09'],
};
const set = (data: Record<string, unknown> = {}, id = 'req-year-0001') => ({ ...SCHEDULE, clientRequestId: id, ...data });

describe('entering a year the bundled calendar lacks (calendar.year.*)', () => {
  it('answers CALENDAR_UNKNOWN for January 2027 before, and the entered schedule after; audited once', async () => {
    const { call, store } = await seeded();
    expect(await call('demo-fs', 'calendar.month', { month: '2027-01' })).toMatchObject({ ok: false, error: { code: 'CALENDAR_UNKNOWN' } });
    expect(await call('demo-admin', 'calendar.year.get', { year: 2027 })).toEqual({ ok: true, data: { year: 2027, source: 'missing', holidays: [], makeupWorkdays: [] } });

    expect(await call('demo-admin', 'calendar.year.set', set())).toEqual({ ok: true, data: { year: 2027, holidays: 3, makeupWorkdays: 4 } });
    const jan = await call('demo-fs', 'calendar.month', { month: '2027-01' });
    if (!jan.ok) throw new Error(jan.error.message);
    expect(jan.data.days[0]).toEqual({ date: '2027-01-01', kind: 'holiday', name: '元旦' });
    expect(jan.data.days[30]).toEqual({ date: '2027-01-31', kind: 'makeup-workday', name: '春节' });
    expect(jan.data.workingDays).toBe(21);
    const feb = await call('demo-supervisor', 'calendar.month', { month: '2027-02' });
    expect(feb).toMatchObject({ ok: true, data: { workingDays: 15 } });

    const got = await call('demo-fs', 'calendar.year.get', { year: 2027 });
    expect(got).toMatchObject({ ok: true, data: { source: 'county', holidays: SCHEDULE.holidays, makeupWorkdays: SCHEDULE.makeupWorkdays } });
    expect(await call('demo-admin', 'calendar.year.get', { year: 2026 })).toMatchObject({ ok: true, data: { source: 'package' } });

    const audits = await store.find('audit', { entity: 'calendar_year' });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ entityId: '2027', action: 'year.set', before: null, after: { holidays: SCHEDULE.holidays, makeupWorkdays: SCHEDULE.makeupWorkdays }, by: 'psn_430121_P0001' });

    // The settings page's 修改记录 lists it, and a correction as such.
    await call('demo-admin', 'calendar.year.set', set({ makeupWorkdays: SCHEDULE.makeupWorkdays.slice(0, 3) }, 'req-year-0002'), new Date('2026-11-20T05:00:00Z'));
    const history = await call('demo-admin', 'settings.history', {});
    expect(history).toMatchObject({
      ok: true,
      data: [
        { kind: 'year', settings: [], day: null, year: { year: 2027, holidays: 3, makeupWorkdays: 3, corrected: true } },
        { kind: 'year', year: { year: 2027, holidays: 3, makeupWorkdays: 4, corrected: false } },
      ],
    });
  });

  it('answers a retry once; a correction is audited with before and after; an unchanged save writes nothing', async () => {
    const { call, store } = await seeded();
    expect(await call('demo-admin', 'calendar.year.set', set())).toMatchObject({ ok: true });
    expect(await call('demo-admin', 'calendar.year.set', set())).toMatchObject({ ok: true });
    expect(await store.count('audit', { entity: 'calendar_year' })).toBe(1);
    expect(await call('demo-admin', 'calendar.year.set', set({}, 'req-year-0002'))).toMatchObject({ ok: true });
    expect(await store.count('audit', { entity: 'calendar_year' })).toBe(1);

    const fixed = set({ makeupWorkdays: ['2027-02-20'] }, 'req-year-0003');
    expect(await call('demo-admin', 'calendar.year.set', fixed)).toEqual({ ok: true, data: { year: 2027, holidays: 3, makeupWorkdays: 1 } });
    const audits = await store.find('audit', { entity: 'calendar_year' }, { orderBy: [{ field: 'at', dir: 'asc' }] });
    expect(audits.map((a) => a.action).sort()).toEqual(['year.set', 'year.update']);
    expect(audits.find((a) => a.action === 'year.update')).toMatchObject({ before: { makeupWorkdays: SCHEDULE.makeupWorkdays }, after: { makeupWorkdays: ['2027-02-20'] } });
    const jan = await call('demo-fs', 'calendar.month', { month: '2027-01' });
    expect(jan).toMatchObject({ ok: true, data: { workingDays: 20 } });
  });

  it('lets only the county admin enter a year', async () => {
    const { call, store } = await seeded();
    for (const who of ['demo-supervisor', 'demo-fs', 'demo-member']) {
      expect(await call(who, 'calendar.year.set', set({}, `req-year-${who}`))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await call('nobody', 'calendar.year.set', set())).toMatchObject({ ok: false });
    expect(await store.count('calendar_years', {})).toBe(0);
  });

  it('keeps each county to its own entry', async () => {
    const { call, store } = await seeded();
    await store.put('calendar_years', { _id: 'other:2027', countyId: 'other', ...SCHEDULE, updatedAt: '2026-11-20T00:00:00Z', updatedBy: null });
    expect(await call('demo-admin', 'calendar.year.get', { year: 2027 })).toMatchObject({ ok: true, data: { source: 'missing' } });
    expect(await call('demo-fs', 'calendar.month', { month: '2027-01' })).toMatchObject({ ok: false, error: { code: 'CALENDAR_UNKNOWN' } });
  });

  it('refuses bad schedules in plain Chinese and writes nothing', async () => {
    const { call, store } = await seeded();
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ year: 2026 }, /2026年的节假日安排已内置/],
      [{ makeupWorkdays: ['2027-02-19'] }, /不是周六或周日/],
      [{ makeupWorkdays: ['2027-02-06'] }, /在假期之内/],
      [{ holidays: [{ name: '元旦', from: '2026-12-31', to: '2027-01-01' }] }, /日期应在 2027 年内/],
      [{ holidays: [...SCHEDULE.holidays, { name: '元宵', from: '2027-02-13', to: '2027-02-14' }] }, /重叠/],
      [{ holidays: [] }, /至少填写一个假期/],
      [{ holidays: [{ name: '', from: '2027-01-01', to: '2027-01-01' }] }, /请填写假期名称/],
      [{ makeupWorkdays: ['2027-2-20'] }, /日期格式/],
      [{ extra: 1 }, /./],
    ];
    for (const [data, message] of bad) {
      const r = await call('demo-admin', 'calendar.year.set', set(data, `req-bad-${JSON.stringify(data).length}`));
      expect(r).toMatchObject({ ok: false });
      if (!r.ok) expect(r.error.message).toMatch(message);
    }
    expect(await call('demo-admin', 'calendar.year.set', { year: 2027 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await store.count('calendar_years', {})).toBe(0);
    expect(await store.count('audit', { entity: 'calendar_year' })).toBe(0);
  });

  it('refuses a change once a grade of that year is confirmed', async () => {
    const { call, store } = await seeded();
    expect(await call('demo-admin', 'calendar.year.set', set())).toMatchObject({ ok: true });
    const countyId = (await store.find('counties', {}))[0]._id;
    await store.put('grades', { _id: 'g-2027', countyId, villageId: 'V001', month: '2027-01' });
    const r = await call('demo-admin', 'calendar.year.set', set({ makeupWorkdays: [] }, 'req-year-0009'));
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('lets county overrides work on top of the entered year', async () => {
    const { call } = await seeded();
    expect(await call('demo-admin', 'calendar.setOverride', { date: '2027-01-04', kind: 'rest', reason: '防汛调休', clientRequestId: 'req-ovr-0001' })).toMatchObject({ ok: false, error: { code: 'CALENDAR_UNKNOWN' } });
    expect(await call('demo-admin', 'calendar.year.set', set())).toMatchObject({ ok: true });
    expect(await call('demo-admin', 'calendar.setOverride', { date: '2027-01-31', kind: 'workday', reason: '集中攻坚', clientRequestId: 'req-ovr-0002' })).toMatchObject({ ok: false, error: { message: '这一天本来就是工作日，无需调整。' } });
    expect(await call('demo-admin', 'calendar.setOverride', { date: '2027-01-04', kind: 'rest', reason: '防汛调休', clientRequestId: 'req-ovr-0003' })).toMatchObject({ ok: true });
    const jan = await call('demo-fs', 'calendar.month', { month: '2027-01' });
    expect(jan).toMatchObject({ ok: true, data: { workingDays: 20 } });
  });

  it('lets the clock-in reminder job run again once the year is entered, the skipped day included', async () => {
    const { call, store } = await seeded();
    const { services } = testServices();
    const at = (iso: string) => ({ store, services, now: new Date(iso), log: () => {} });
    const before = await dispatch([clockInReminder], at('2027-01-04T03:00:00Z'));
    expect(Object.values(before.notes).join()).toMatch(/跳过：.*设置 · 工作日历/);
    const again = await dispatch([clockInReminder], at('2027-01-04T03:05:00Z'));
    expect(again.ran).toEqual([]); // skipped once, not retried on every trigger
    expect(await call('demo-admin', 'calendar.year.set', set())).toMatchObject({ ok: true });
    const sameDay = await dispatch([clockInReminder], at('2027-01-04T05:00:00Z'));
    expect(sameDay.ran.length).toBeGreaterThan(0);
    expect(Object.values(sameDay.notes).join()).not.toMatch(/跳过/);
    expect(await store.find('jobs', { skipped: 'CALENDAR_UNKNOWN' })).toEqual([]);
    const after = await dispatch([clockInReminder], at('2027-01-05T03:00:00Z'));
    expect(after.failed).toEqual([]);
    expect(after.ran.length).toBeGreaterThan(0);
    expect(Object.values(after.notes).join()).not.toMatch(/跳过/);
    const holiday = await dispatch([clockInReminder], at('2027-01-01T03:00:00Z'));
    expect(Object.values(holiday.notes).join()).toMatch(/今天不是工作日/);
  });
});
