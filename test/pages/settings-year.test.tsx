import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import CountyHome from '../../src/packages/supervisor/pages/county';
import { setTransport } from '../../src/services/client';
import { weekday } from '../../src/core/time';
import { fakeTransport } from './fake-transport';
import { click } from './page-helpers';
import { renderSettings, signInAsCountyAdminBeforeEach } from './settings-helpers';
import { taroCalls } from './taro-double';

/** Pins the browser's clock (only `Date`: timers stay real for the page and waitFor). */
function pinClock(iso: string) {
  jest.useFakeTimers({
    now: new Date(iso),
    doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
  });
}
afterEach(() => jest.useRealTimers());

const unknown = { error: { code: 'CALENDAR_UNKNOWN', message: '该年度的节假日安排尚未录入，暂时无法计算工作日。请县级管理员在“设置 · 工作日历”中录入该年节假日安排。' } };

/** The page opens on the current month (the clock is pinned to January 2027); that year has no schedule here. */
const year = 2027;
const firstSaturdayOfFebruary = (() => {
  for (let d = 1; d <= 7; d += 1) {
    const day = `${year}-02-0${d}`;
    if (weekday(day) === 6) return day;
  }
  throw new Error('unreachable');
})();

const server = { today: `${year}-01-05` };
const enteredBy = { name: '李建国', county: '宁乡县' };

function setup(entered = false, extra: Record<string, unknown> = {}) {
  pinClock(`${year}-01-05T03:00:00Z`);
  return renderSettings({
    'calendar.year.get': (input) => {
      const asked = (input as { year?: number }).year ?? year;
      const pending = entered ? null : { year, started: true };
      return entered
        ? { data: { year: asked, source: 'national', holidays: [{ name: '元旦', from: `${year}-01-01`, to: `${year}-01-03` }], makeupWorkdays: [firstSaturdayOfFebruary], updatedAt: '2026-11-20T03:00:00Z', enteredBy, ...extra, ...server, pending } }
        : { data: { year: asked, source: 'missing', holidays: [], makeupWorkdays: [], ...server, pending } };
    },
    'calendar.month': (input) => {
      const m = (input as { month: string }).month;
      if (!entered) return unknown;
      const days = Array.from({ length: 28 }, (_, i) => ({ date: `${m}-${String(i + 1).padStart(2, '0')}`, kind: 'workday' }));
      return { data: { month: m, days, workingDays: 28 } };
    },
    'calendar.year.set': (data) => {
      entered = true;
      const d = data as { year: number; holidays: unknown[]; makeupWorkdays: unknown[] };
      return { data: { year: d.year, holidays: d.holidays.length, makeupWorkdays: d.makeupWorkdays.length } };
    },
  });
}

const pickers = (c: HTMLElement) => Array.from(c.querySelectorAll('.year-form taro-picker-core'));
const pick = async (el: Element, value: string) => {
  await act(async () => {
    el.dispatchEvent(Object.assign(new Event('change', { bubbles: true }), { detail: { value } }));
  });
};

signInAsCountyAdminBeforeEach();

describe('entering a year without a holiday schedule (settings · 工作日历)', () => {
  it('shows the form with where the schedule comes from, checks it, saves it once and then shows the month', async () => {
    const fake = setup();
    expect(await screen.findByText(`${year}年节假日安排尚未录入`, {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.getByText(new RegExp(`国务院办公厅关于${year}年部分节假日安排的通知`))).toBeTruthy();
    expect(screen.queryByText(/本月工作日/)).toBeNull();

    // 元旦 is prefilled; add 春节 and one make-up workday
    await pick(pickers(fake.container)[1], `${year}-01-03`);
    await click('＋ 添加假期');
    // Taro draws the text box's inner input a moment after the row appears.
    await waitFor(() => expect((fake.container.querySelectorAll('.year-form taro-input-core input')[1] as HTMLInputElement | undefined)?.value).toBe('春节'));
    await pick(pickers(fake.container)[2], `${year}-02-10`); // the last day follows the first
    await pick(pickers(fake.container)[3], `${year}-02-16`);
    await click('＋ 添加调休上班日');
    const weekdayInFebruary = [`${year}-02-17`, `${year}-02-18`, `${year}-02-19`].find((d) => weekday(d) !== 0 && weekday(d) !== 6)!;
    await pick(pickers(fake.container)[4], weekdayInFebruary);
    await click(`保存${year}年节假日安排`);
    expect(screen.getByText(`调休上班日 ${weekdayInFebruary} 不是周六或周日。`)).toBeTruthy();
    expect(fake.calls.filter((c) => c.action === 'calendar.year.set')).toHaveLength(0);

    await pick(pickers(fake.container)[4], firstSaturdayOfFebruary);
    expect(screen.queryByText(/不是周六或周日/)).toBeNull();
    await click(`保存${year}年节假日安排`);
    await waitFor(() => expect(screen.getByText('本月工作日 28 天')).toBeTruthy());
    expect(screen.queryByText(`${year}年节假日安排尚未录入`)).toBeNull();
    const sent = fake.calls.filter((c) => c.action === 'calendar.year.set');
    expect(sent).toHaveLength(1);
    expect(sent[0].data).toMatchObject({
      year,
      holidays: [
        { name: '元旦', from: `${year}-01-01`, to: `${year}-01-03` },
        { name: '春节', from: `${year}-02-10`, to: `${year}-02-16` },
      ],
      makeupWorkdays: [firstSaturdayOfFebruary],
    });
    expect((sent[0].data as { clientRequestId: string }).clientRequestId.length).toBeGreaterThanOrEqual(8);
  });

  it('asks for the dates of a new holiday and lets a row be removed', async () => {
    const fake = setup();
    expect(await screen.findByText(`${year}年节假日安排尚未录入`, {}, { timeout: 10000 })).toBeTruthy();
    await click('＋ 添加假期');
    await click(`保存${year}年节假日安排`);
    expect(screen.getByText('第 2 个假期（春节）：请选择日期。')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getAllByText('删除')[1]);
    });
    expect(pickers(fake.container)).toHaveLength(2);
    await click(`保存${year}年节假日安排`);
    await waitFor(() => expect(fake.calls.filter((c) => c.action === 'calendar.year.set')).toHaveLength(1));
  });

  it('says who entered the national schedule, and lets any county admin correct it', async () => {
    const fake = setup(true);
    expect(await screen.findByText(`${year}年节假日安排由宁乡县李建国于2026-11-20录入，全国通用。`, {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.queryByText('演示数据')).toBeNull();
    await click((await screen.findByText(`修改${year}年节假日安排`, {}, { timeout: 10000 })).textContent ?? '');
    expect(screen.getByText(`修改${year}年节假日安排`, { selector: '.card-title, .card-title *' })).toBeTruthy();
    expect(pickers(fake.container)).toHaveLength(3);
    await act(async () => {
      fireEvent.click(screen.getAllByText('删除')[1]); // the make-up workday
    });
    await click(`保存${year}年节假日安排`);
    await waitFor(() => expect(fake.calls.filter((c) => c.action === 'calendar.year.set')).toHaveLength(1));
    expect(fake.calls.find((c) => c.action === 'calendar.year.set')?.data).toMatchObject({ holidays: [{ name: '元旦', from: `${year}-01-01`, to: `${year}-01-03` }], makeupWorkdays: [] });
    await waitFor(() => expect(screen.getByText('本月工作日 28 天')).toBeTruthy());
  });

  it('marks the demo seed’s schedule as 演示数据', async () => {
    setup(true, { demo: true, enteredBy: undefined });
    expect(await screen.findByText('演示数据', {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.getByText(`${year}年节假日安排是演示用的，请按国务院办公厅的通知修改。`)).toBeTruthy();
    expect(screen.getByText(`修改${year}年节假日安排`)).toBeTruthy();
  });
});

describe('the banner asking county admins to enter next year (名册, 设置)', () => {
  /** The server's answer for next year: missing from its 1 November on (its day, not the browser's). */
  function yearReplies(today: string, pending: { year: number; started: boolean } | null) {
    return {
      'calendar.year.get': (input: unknown) => {
        const asked = (input as { year?: number }).year ?? Number(today.slice(0, 4));
        return { data: { year: asked, source: asked <= 2026 ? 'package' : 'missing', holidays: [], makeupWorkdays: [], today, pending } };
      },
      'calendar.month': (input: unknown) => {
        const m = (input as { month: string }).month;
        if (m >= '2027-01') return unknown;
        const days = Array.from({ length: 30 }, (_, i) => ({ date: `${m}-${String(i + 1).padStart(2, '0')}`, kind: 'workday' }));
        return { data: { month: m, days, workingDays: 30 } };
      },
    };
  }

  it('on 设置, says next year is missing and opens the calendar on it', async () => {
    pinClock('2026-11-20T03:00:00Z');
    const fake = renderSettings(yearReplies('2026-11-20', { year: 2027, started: false }));
    expect(await screen.findByText('2027年节假日安排尚未录入', {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.getByText('请在下方工作日历中录入（全国只需录入一次）。')).toBeTruthy();
    expect(await screen.findByText('工作日历 2026-11')).toBeTruthy();
    await click('去录入 ›');
    expect(await screen.findByText('保存2027年节假日安排', {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.getByText('工作日历 2027-01')).toBeTruthy();
    expect(screen.queryByText('去录入 ›')).toBeNull(); // the form below says it now
    expect(fake.calls.some((c) => c.action === 'calendar.month' && (c.data as { month: string }).month === '2027-01')).toBe(true);
  });

  it('follows the server’s day, not the phone’s clock', async () => {
    pinClock('2026-10-20T03:00:00Z'); // the phone is behind: the server says it is 1 November
    renderSettings(yearReplies('2026-11-01', { year: 2027, started: false }));
    expect(await screen.findByText('2027年节假日安排尚未录入', {}, { timeout: 10000 })).toBeTruthy();
  });

  it('shows nothing while the server says nothing is missing', async () => {
    pinClock('2026-11-20T03:00:00Z'); // the phone is ahead: the server says it is still October
    const fake = renderSettings(yearReplies('2026-10-31', null));
    await waitFor(() => expect(fake.calls.filter((c) => c.action === 'calendar.year.get').length).toBeGreaterThanOrEqual(2));
    expect(await screen.findByText('工作日历 2026-11', {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.queryByText(/节假日安排尚未录入/)).toBeNull();
  });

  it('on 名册, says the same and opens 设置 on that year', async () => {
    pinClock('2026-11-20T03:00:00Z');
    const fake = fakeTransport({
      'session.whoami': { data: { openid: 'demo-admin', person: { id: 'p9', name: '王芳' }, roles: [{ role: 'county_admin', scope: { level: 'county', id: 'c1', name: '青山县' } }], villages: [] } },
      'roster.overview': { error: { code: 'INTERNAL', message: '名册暂时读不到。' } },
      'invite.list': { data: [] },
      ...yearReplies('2026-11-20', { year: 2027, started: false }),
    });
    setTransport(fake.transport);
    render(<CountyHome />);
    expect(await screen.findByText('2027年节假日安排尚未录入', {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.getByText('请在 名册 → 设置 → 工作日历 录入（全国只需录入一次）。')).toBeTruthy();
    await click('去录入 ›');
    expect(taroCalls.navigateTo).toEqual(['/packages/supervisor/pages/settings/index?year=2027']);
  });
});
