import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { GROUPS } from '../../src/packages/supervisor/pages/settings/fields';
import { DEFAULT_RULE_CONFIG } from '../../src/core/rules/config';
import type { Reply } from './fake-transport';
import { click } from './page-helpers';
import { cloneRules, renderSettings, rulesView, signInAsCountyAdminBeforeEach } from './settings-helpers';

/** A plain month (weekends only) for whatever month the page asks. */
const monthOf = (input: unknown) => {
  const m = (input as { month: string }).month;
  const last = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).getUTCDate();
  const days = Array.from({ length: last }, (_, i) => {
    const date = `${m}-${String(i + 1).padStart(2, '0')}`;
    const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
    return { date, kind: wd === 0 || wd === 6 ? 'weekend' : 'workday' };
  });
  return { data: { month: m, days, workingDays: 21 } };
};

const setup = (replies: Record<string, Reply | ((input: unknown) => Reply)> = {}) => renderSettings({ 'calendar.month': monthOf, ...replies });

const input = (c: HTMLElement, label: string) => {
  const el = c.querySelector(`taro-input-core[aria-label="${label}"] input`) as HTMLInputElement | null;
  if (!el) throw new Error(`no input ${label}`);
  return el;
};
const type = async (c: HTMLElement, label: string, value: string) => {
  const el = await waitFor(() => input(c, label)); // Taro's custom element draws its <input> a moment later
  await act(async () => {
    fireEvent.input(el, { target: { value } });
  });
};

signInAsCountyAdminBeforeEach();

describe('settings page (county admin)', () => {
  it('offers every setting of the rule config, each with a one-line explanation', () => {
    const leaves: string[] = [];
    const walk = (node: unknown, path: string[]) => {
      if (typeof node === 'object' && node && !Array.isArray(node) && path.join('.') !== 'presence.ratio') {
        for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
      } else leaves.push(path.join('.'));
    };
    walk(DEFAULT_RULE_CONFIG, []);
    const fields = GROUPS.flatMap((g) => g.fields);
    expect(fields.map((f) => f.path).sort()).toEqual(leaves.sort());
    for (const f of fields) expect(f.hint).toMatch(/[\u4e00-\u9fff]/);
    expect(GROUPS.map((g) => g.title)).toEqual(['驻村要求', '每日在岗', '工作日志', '请假', '打卡', '异常提示', '提醒时间', '达标预警', '群众评价', '评定等次']);
  });

  it('changes a threshold and saves it with the version read', async () => {
    const fake = setup({
      'settings.rules.set': (data) => ({ data: rulesView({ rules: (data as { rules: unknown }).rules, version: 1 }) }),
    });
    expect(await screen.findByText('县级审批天数', {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.getByText('请假超过这个天数由县里审批，不超过的由乡镇审批')).toBeTruthy();
    expect(screen.queryByText('保存设置')).toBeNull();
    await type(fake.container, '县级审批天数', '5');
    expect(screen.getByText('已修改，默认：3天')).toBeTruthy();
    await click('保存设置');
    expect(await screen.findByText('已保存，立即生效。')).toBeTruthy();
    const sent = fake.calls.find((c) => c.action === 'settings.rules.set')?.data as { rules: typeof DEFAULT_RULE_CONFIG; version: number; clientRequestId: string };
    expect(sent.version).toBe(0);
    expect(sent.rules.leave.countyApprovalAboveDays).toBe(5);
    expect(sent.rules.diary).toEqual(DEFAULT_RULE_CONFIG.diary);
    expect(sent.clientRequestId.length).toBeGreaterThanOrEqual(8);
    await waitFor(() => expect(fake.calls.filter((c) => c.action === 'settings.history')).toHaveLength(2));
  });

  it('lists the latest changes in plain words', async () => {
    setup({
      'settings.history': {
        data: [
          { at: '2026-11-20T05:00:00.000Z', by: '王芳', kind: 'year', settings: [], day: null, year: { year: 2027, holidays: 7, makeupWorkdays: 6, corrected: false } },
          { at: '2026-11-20T04:00:00.000Z', by: '王芳', kind: 'calendar', settings: [], day: { date: '2026-12-07', kind: 'rest', reason: '防汛调休' }, year: null },
          { at: '2026-11-20T03:00:00.000Z', by: '王芳', kind: 'rules', day: null, year: null, settings: [{ path: 'leave.countyApprovalAboveDays', before: 3, after: 5 }, { path: 'presence.fieldWorkCounts', before: true, after: false }] },
        ],
      },
    });
    expect(await screen.findByText('2026-12-07 设为休息日（防汛调休）', {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.getByText('录入2027年节假日安排：7个假期，6个调休上班日')).toBeTruthy();
    expect(screen.getByText('县级审批天数：3天 → 5天')).toBeTruthy();
    expect(screen.getByText('外勤计入驻村：是 → 否')).toBeTruthy();
    expect(screen.getByText('王芳 11-20 11:00')).toBeTruthy();
  });

  it('shows the Chinese validation errors next to the fields and sends nothing', async () => {
    const fake = setup();
    expect(await screen.findByText('补写宽限', {}, { timeout: 10000 })).toBeTruthy();
    await type(fake.container, '补写宽限', '30');
    await type(fake.container, '知晓率要求', '');
    await type(fake.container, '优秀分数线', '70');
    await click('保存设置');
    expect(await screen.findByText('日志补写宽限小时数不能大于24')).toBeTruthy();
    expect(screen.getByText('知晓率要求须为数字')).toBeTruthy();
    expect(screen.getByText('分数线须满足：优秀 ≥ 称职 ≥ 基本称职')).toBeTruthy();
    expect(screen.getByText(/^有3处需要修改/)).toBeTruthy();
    expect(fake.calls.some((c) => c.action === 'settings.rules.set')).toBe(false);
  });

  it('restores a group to its defaults and shows stored settings that could not be used', async () => {
    const rules = cloneRules();
    rules.diary.graceHours = 10;
    rules.diary.photosRequired = true;
    setup({ 'settings.rules.get': { data: rulesView({ rules, version: 2, problems: ['已保存的设置无效：定位精度上限（米）须为数字，暂按默认值计算，请重新设置。'] }) } });
    expect(await screen.findByText('已保存的设置有问题', {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.getByText('已保存的设置无效：定位精度上限（米）须为数字，暂按默认值计算，请重新设置。')).toBeTruthy();
    expect(screen.getByText('已修改，默认：0小时')).toBeTruthy();
    expect(screen.getByText('已修改，默认：否')).toBeTruthy();
    expect(screen.getAllByText('恢复默认')).toHaveLength(1);
    await click('恢复默认');
    expect(screen.queryByText('已修改，默认：0小时')).toBeNull();
    expect(screen.getByText('保存设置')).toBeTruthy();
  });

  it('marks a day of the calendar as a rest day with a reason', async () => {
    const fake = setup({ 'calendar.setOverride': (d) => ({ data: { date: (d as { date: string }).date, kind: 'rest' } }) });
    expect(await screen.findByText('本月工作日 21 天', {}, { timeout: 10000 })).toBeTruthy();
    const shown = (fake.calls.find((c) => c.action === 'calendar.month')?.data as { month: string }).month;
    const monday = monthOf({ month: shown }).data.days.find((d) => d.kind === 'workday')!.date;
    await click(String(Number(monday.slice(8))));
    expect(screen.getByText('工作日')).toBeTruthy();
    await type(fake.container, '原因', '防汛抢险');
    await click('设为休息日');
    await waitFor(() => expect(fake.calls.filter((c) => c.action === 'calendar.month')).toHaveLength(2));
    expect(fake.calls.find((c) => c.action === 'calendar.setOverride')?.data).toMatchObject({ date: monday, kind: 'rest', reason: '防汛抢险' });
  });
});
