import { clockInReminder } from '../../cloudfunctions/scheduler/jobs/clock-in-reminder';
import { calendarMissing } from '../../cloudfunctions/scheduler/jobs/calendar-missing';
import { dispatch } from '../../cloudfunctions/scheduler/dispatch';
import type { GradeDoc } from '../../cloudfunctions/common/grade-proposals';
import type { DocDriver } from '../../cloudfunctions/common/store/driver';
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
/** A grade the second county confirmed for a month. */
const confirmed = (_id: string, month: string): GradeDoc => ({ _id, personId: 'psn_B_P0001', villageId: 'V001', countyId: 'cty_B', month, grade: 'competent', proposed: 'competent', by: 'psn_B_admin', at: `${month}-28T08:00:00.000Z`, note: null });
const set = (data: Record<string, unknown> = {}, id = 'req-year-0001') => ({ ...SCHEDULE, clientRequestId: id, ...data });

/** A second county with its own admin (openid 'b-admin'), written as the roster import would. */
async function secondCounty(store: DocDriver) {
  await store.put('counties', { _id: 'cty_B', code: '430124', name: '宁乡县' });
  await store.put('people', { _id: 'psn_B_admin', countyId: 'cty_B', code: 'P0001', name: '李建国', phone: null, unitId: null, villageId: null, stationedFrom: null, stationedUntil: null, openid: 'b-admin' });
  await store.put('grants', { _id: 'grt_B_admin', personId: 'psn_B_admin', countyId: 'cty_B', role: 'county_admin', scopeLevel: 'county', scopeId: 'cty_B', scopeName: '宁乡县' });
}

describe('entering a year the bundled calendar lacks (calendar.year.*)', () => {
  it('answers CALENDAR_UNKNOWN for January 2027 before, and the entered schedule after; audited once', async () => {
    const { call, store } = await seeded();
    expect(await call('demo-fs', 'calendar.month', { month: '2027-01' })).toMatchObject({ ok: false, error: { code: 'CALENDAR_UNKNOWN' } });
    expect(await call('demo-admin', 'calendar.year.get', { year: 2027 })).toEqual({
      ok: true,
      data: { year: 2027, source: 'missing', holidays: [], makeupWorkdays: [], today: '2026-11-20', pending: { year: 2027, started: false } },
    });

    expect(await call('demo-admin', 'calendar.year.set', set())).toEqual({ ok: true, data: { year: 2027, holidays: 3, makeupWorkdays: 4 } });
    const jan = await call('demo-fs', 'calendar.month', { month: '2027-01' });
    if (!jan.ok) throw new Error(jan.error.message);
    expect(jan.data.days[0]).toEqual({ date: '2027-01-01', kind: 'holiday', name: '元旦' });
    expect(jan.data.days[30]).toEqual({ date: '2027-01-31', kind: 'makeup-workday', name: '春节' });
    expect(jan.data.workingDays).toBe(21);
    const feb = await call('demo-supervisor', 'calendar.month', { month: '2027-02' });
    expect(feb).toMatchObject({ ok: true, data: { workingDays: 15 } });

    const got = await call('demo-fs', 'calendar.year.get', { year: 2027 });
    expect(got).toMatchObject({
      ok: true,
      data: { source: 'national', holidays: SCHEDULE.holidays, makeupWorkdays: SCHEDULE.makeupWorkdays, updatedAt: '2026-11-20T03:00:00.000Z', enteredBy: { name: '周振华', county: '长沙县' }, pending: null },
    });
    expect(got.ok && got.data.demo).toBeUndefined();
    expect(await call('demo-admin', 'calendar.year.get', { year: 2026 })).toMatchObject({ ok: true, data: { source: 'package' } });

    const audits = await store.find('audit', { entity: 'calendar_year' });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ countyId: 'cty_430121', entityId: '2027', action: 'year.set', before: null, after: { holidays: SCHEDULE.holidays, makeupWorkdays: SCHEDULE.makeupWorkdays }, by: 'psn_430121_P0001' });

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
      [{ makeupWorkdays: ['2027-2-20'] }, /日期/],
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

  it('refuses a change once any county confirmed a grade of that year', async () => {
    const { call, store } = await seeded();
    await secondCounty(store);
    expect(await call('demo-admin', 'calendar.year.set', set())).toMatchObject({ ok: true });
    await store.put('grades', confirmed('g-2026', '2026-12'));
    expect(await call('demo-admin', 'calendar.year.set', set({ makeupWorkdays: [] }, 'req-year-0008'))).toMatchObject({ ok: true });
    await store.put('grades', confirmed('g-2027', '2027-01'));
    const r = await call('demo-admin', 'calendar.year.set', set({ makeupWorkdays: ['2027-02-20'] }, 'req-year-0009'));
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '已有县确认了2027年的等次，不能再修改这一年的节假日安排。' } });
    expect(await store.count('audit', { entity: 'calendar_year' })).toBe(2);
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

describe('one national schedule per year for every county', () => {
  it('serves a second county the moment one county enters it; overrides stay each county’s own', async () => {
    const { call, store } = await seeded();
    await secondCounty(store);
    expect(await call('b-admin', 'calendar.month', { month: '2027-01' })).toMatchObject({ ok: false, error: { code: 'CALENDAR_UNKNOWN' } });
    expect(await call('demo-admin', 'calendar.year.set', set())).toMatchObject({ ok: true });
    expect(await store.find('calendar_years', {})).toEqual([expect.objectContaining({ _id: '2027', countyId: 'cty_430121', updatedBy: 'psn_430121_P0001' })]);

    expect(await call('b-admin', 'calendar.month', { month: '2027-01' })).toMatchObject({ ok: true, data: { workingDays: 21 } });
    expect(await call('b-admin', 'calendar.year.get', { year: 2027 })).toMatchObject({ ok: true, data: { source: 'national', enteredBy: { name: '周振华', county: '长沙县' } } });

    expect(await call('b-admin', 'calendar.setOverride', { date: '2027-01-04', kind: 'rest', reason: '防汛调休', clientRequestId: 'req-ovr-b001' })).toMatchObject({ ok: true });
    expect(await call('b-admin', 'calendar.month', { month: '2027-01' })).toMatchObject({ ok: true, data: { workingDays: 20 } });
    expect(await call('demo-fs', 'calendar.month', { month: '2027-01' })).toMatchObject({ ok: true, data: { workingDays: 21 } });

    // Any county admin may correct it; the correction serves everyone and is listed in that county's 修改记录.
    expect(await call('b-admin', 'calendar.year.set', set({ makeupWorkdays: ['2027-02-20'] }, 'req-year-b001'), new Date('2026-11-21T03:00:00Z'))).toMatchObject({ ok: true });
    expect(await call('demo-fs', 'calendar.month', { month: '2027-01' })).toMatchObject({ ok: true, data: { workingDays: 20 } });
    expect(await call('demo-admin', 'calendar.year.get', { year: 2027 })).toMatchObject({ ok: true, data: { enteredBy: { name: '李建国', county: '宁乡县' }, updatedAt: '2026-11-21T03:00:00.000Z' } });
    expect(await store.count('calendar_years', {})).toBe(1);
    const bHistory = await call('b-admin', 'settings.history', {});
    expect(bHistory.ok && bHistory.data.filter((c: { kind: string }) => c.kind === 'year')).toMatchObject([{ by: '李建国', year: { year: 2027, makeupWorkdays: 1, corrected: true } }]);
    const aHistory = await call('demo-admin', 'settings.history', {});
    expect(aHistory.ok && aHistory.data.filter((c: { kind: string }) => c.kind === 'year')).toHaveLength(1);
    expect(await store.find('audit', { entity: 'calendar_year', countyId: 'cty_B' })).toEqual([expect.objectContaining({ action: 'year.update', by: 'psn_B_admin' })]);
  });

  it('answers a retry with the same clientRequestId once, and refuses years the package has', async () => {
    const { call, store } = await seeded();
    const first = await call('demo-admin', 'calendar.year.set', set({}, 'req-year-same'));
    const retry = await call('demo-admin', 'calendar.year.set', set({ makeupWorkdays: [] }, 'req-year-same'));
    expect(retry).toEqual(first);
    expect(await store.count('audit', { entity: 'calendar_year' })).toBe(1);
    expect((await store.get('calendar_years', '2027'))?.makeupWorkdays).toEqual(SCHEDULE.makeupWorkdays);
    const packaged = await call('demo-admin', 'calendar.year.set', set({ year: 2026, holidays: [{ name: '元旦', from: '2026-01-01', to: '2026-01-01' }], makeupWorkdays: [] }, 'req-year-2026'));
    expect(packaged).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '2026年的节假日安排已内置，无需录入。' } });
    expect(await store.get('calendar_years', '2026')).toBeNull();
  });

  it('lets the bundled data win over an entered year', async () => {
    const { call, store } = await seeded();
    // A year entered while the package lacked it: the newer package takes over silently.
    await store.put('calendar_years', { _id: '2026', year: 2026, holidays: [{ name: '测试', from: '2026-03-02', to: '2026-03-03' }], makeupWorkdays: [], countyId: null, updatedAt: '2025-11-20T00:00:00Z', updatedBy: null });
    expect(await call('demo-admin', 'calendar.year.get', { year: 2026 })).toMatchObject({ ok: true, data: { source: 'package', holidays: [] } });
    const march = await call('demo-fs', 'calendar.month', { month: '2026-03' });
    expect(march.ok && march.data.days[1]).toEqual({ date: '2026-03-02', kind: 'workday' });
  });

  it('marks the demo seed’s schedule as 演示数据 until an admin saves it', async () => {
    const { call, store } = await seeded();
    await store.put('calendar_years', { _id: '2027', ...SCHEDULE, countyId: null, updatedAt: '2026-11-01T00:00:00Z', updatedBy: null, demo: true });
    const got = await call('demo-admin', 'calendar.year.get', { year: 2027 });
    expect(got).toMatchObject({ ok: true, data: { source: 'national', demo: true } });
    expect(got.ok && got.data.enteredBy).toBeUndefined();
    expect(await call('demo-admin', 'calendar.year.set', set())).toMatchObject({ ok: true });
    expect(await store.count('audit', { entity: 'calendar_year', action: 'year.update' })).toBe(1);
    const after = await call('demo-admin', 'calendar.year.get', { year: 2027 });
    expect(after.ok && after.data.demo).toBeUndefined();
  });

  it('still reads a county’s own entry from before (legacy <county>:<year>) until the national one exists', async () => {
    const { call, store } = await seeded();
    await secondCounty(store);
    await store.put('calendar_years', { _id: 'cty_430121:2027', countyId: 'cty_430121', ...SCHEDULE, updatedAt: '2026-11-10T00:00:00Z', updatedBy: 'psn_430121_P0001' });
    expect(await call('demo-fs', 'calendar.month', { month: '2027-01' })).toMatchObject({ ok: true, data: { workingDays: 21 } });
    expect(await call('b-admin', 'calendar.month', { month: '2027-01' })).toMatchObject({ ok: false, error: { code: 'CALENDAR_UNKNOWN' } });
    // Saving the county's old entry unchanged makes it the national one.
    expect(await call('demo-admin', 'calendar.year.set', set({}, 'req-year-a002'))).toMatchObject({ ok: true });
    expect(await call('b-admin', 'calendar.month', { month: '2027-01' })).toMatchObject({ ok: true, data: { workingDays: 21 } });
    expect(await store.get('calendar_years', '2027')).toMatchObject({ countyId: 'cty_430121' });
    expect(await call('b-admin', 'calendar.year.set', set({ makeupWorkdays: [] }, 'req-year-b002'))).toMatchObject({ ok: true });
    expect(await call('demo-fs', 'calendar.month', { month: '2027-01' })).toMatchObject({ ok: true, data: { workingDays: 20 } });
  });

  it('releases the skipped scheduler periods of every county', async () => {
    const { call, store } = await seeded();
    await secondCounty(store);
    for (const c of ['cty_430121', 'cty_B']) {
      await store.put('jobs', { _id: `clock-in-reminder:${c}:2027-01-04`, job: 'clock-in-reminder', countyId: c, period: '2027-01-04', skipped: 'CALENDAR_UNKNOWN', startedAt: '2027-01-04T02:00:00Z', finishedAt: '2027-01-04T02:00:01Z', note: null });
    }
    await store.put('jobs', { _id: 'diary-reminder:cty_B:2026-11-19', job: 'diary-reminder', countyId: 'cty_B', period: '2026-11-19', startedAt: '2026-11-19T12:00:00Z', finishedAt: '2026-11-19T12:00:01Z', note: null });
    expect(await call('demo-admin', 'calendar.year.set', set())).toMatchObject({ ok: true });
    expect(await store.find('jobs', { skipped: 'CALENDAR_UNKNOWN' })).toEqual([]);
    expect(await store.get('jobs', 'diary-reminder:cty_B:2026-11-19')).not.toBeNull();
  });

  it('tells the client the server’s day and the year to enter, from 1 November', async () => {
    const { call } = await seeded();
    expect(await call('demo-fs', 'calendar.year.get', {}, new Date('2026-10-31T03:00:00Z'))).toMatchObject({ ok: true, data: { year: 2026, source: 'package', today: '2026-10-31', pending: null } });
    expect(await call('demo-fs', 'calendar.year.get', {}, new Date('2026-10-31T16:00:00Z'))).toMatchObject({ ok: true, data: { today: '2026-11-01', pending: { year: 2027, started: false } } });
    expect(await call('demo-fs', 'calendar.year.get', {}, new Date('2027-01-05T03:00:00Z'))).toMatchObject({ ok: true, data: { year: 2027, source: 'missing', pending: { year: 2027, started: true } } });
    expect(await call('demo-fs', 'calendar.year.get', {}, new Date('2025-11-05T03:00:00Z'))).toMatchObject({ ok: true, data: { pending: null } });
  });
});

describe('the reminder to enter next year (calendar-missing job)', () => {
  const run = async (store: DocDriver, iso: string) => {
    const { services } = testServices();
    return dispatch([calendarMissing], { store, services, now: new Date(iso), log: () => {} });
  };
  /** The demo seed without the city's second county (dev/seed-city.ts): these tests add counties of their own. */
  const seededAlone = async () => {
    const s = await seeded();
    await s.store.remove('counties', 'cty_439902');
    return s;
  };
  const notices = (store: DocDriver) => store.find('messages', { kind: 'calendar-missing' }, { orderBy: [{ field: 'createdAt', dir: 'asc' }] });

  it('tells every county admin on 1 November, then once a week, and stops once the year is entered', async () => {
    const { call, store } = await seededAlone();
    await secondCounty(store);
    expect((await run(store, '2026-10-31T02:00:00Z')).ran).toHaveLength(2);
    expect(await notices(store)).toEqual([]);

    const first = await run(store, '2026-11-01T01:00:00Z'); // 09:00 in Shanghai
    expect(first.failed).toEqual([]);
    const sent = await notices(store);
    expect(sent.map((m) => m.personId).sort()).toEqual(['psn_430121_P0001', 'psn_B_admin']);
    expect(sent[0]).toMatchObject({ day: '2026-11-01', title: '2027年节假日安排尚未录入', body: '请在 名册 → 设置 → 工作日历 录入（全国只需录入一次）', page: '/packages/supervisor/pages/settings/index?year=2027' });

    for (const day of ['02', '03', '04', '05', '06', '07']) await run(store, `2026-11-${day}T02:00:00Z`);
    expect(await notices(store)).toHaveLength(2);
    await run(store, '2026-11-08T02:00:00Z');
    expect((await notices(store)).filter((m) => m.day === '2026-11-08')).toHaveLength(2);

    expect(await call('b-admin', 'calendar.year.set', set(), new Date('2026-11-10T03:00:00Z'))).toMatchObject({ ok: true });
    for (const day of ['15', '22', '29']) await run(store, `2026-11-${day}T02:00:00Z`);
    await run(store, '2027-01-04T02:00:00Z');
    expect(await notices(store)).toHaveLength(4);
  });

  it('once the year has begun without a schedule, tells them every day, and never fails itself', async () => {
    const { store } = await seededAlone();
    for (const day of ['01', '02']) {
      const r = await run(store, `2027-01-${day}T02:00:00Z`);
      expect(r.failed).toEqual([]);
      expect(Object.values(r.notes).join()).not.toMatch(/跳过/);
    }
    const sent = await notices(store);
    expect(sent.map((m) => m.day)).toEqual(['2027-01-01', '2027-01-02']);
    expect(sent[0].body).toBe('打卡提醒、驻村天数和等次已暂停计算。请在 名册 → 设置 → 工作日历 录入（全国只需录入一次）');
    expect(await store.find('jobs', { skipped: 'CALENDAR_UNKNOWN' })).toEqual([]);
  });

  it('never asks for a year the bundled data has', async () => {
    const { store } = await seededAlone();
    for (const iso of ['2025-11-01T02:00:00Z', '2025-12-31T02:00:00Z', '2026-01-01T02:00:00Z']) await run(store, iso);
    expect(await notices(store)).toEqual([]);
  });
});
