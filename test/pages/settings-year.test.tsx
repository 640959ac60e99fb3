import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { shanghaiMonth, weekday } from '../../src/core/time';
import { click } from './page-helpers';
import { renderSettings, signInAsCountyAdminBeforeEach } from './settings-helpers';

const unknown = { error: { code: 'CALENDAR_UNKNOWN', message: '该年度的节假日安排尚未录入，暂时无法计算工作日。请县级管理员在“设置 · 工作日历”中录入该年节假日安排。' } };

/** The page opens on the current month; its year is the one without a schedule here. */
const year = Number(shanghaiMonth(new Date()).slice(0, 4));
const firstSaturdayOfFebruary = (() => {
  for (let d = 1; d <= 7; d += 1) {
    const day = `${year}-02-0${d}`;
    if (weekday(day) === 6) return day;
  }
  throw new Error('unreachable');
})();

function setup(entered = false) {
  return renderSettings({
    'calendar.year.get': () =>
      entered
        ? { data: { year, source: 'county', holidays: [{ name: '元旦', from: `${year}-01-01`, to: `${year}-01-03` }], makeupWorkdays: [firstSaturdayOfFebruary] } }
        : { data: { year, source: 'missing', holidays: [], makeupWorkdays: [] } },
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

  it('lets the county admin correct a year the county entered', async () => {
    const fake = setup(true);
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
});
