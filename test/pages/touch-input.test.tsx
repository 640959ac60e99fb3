import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import DiaryPage from '../../src/packages/diary/pages/index';
import { findHouseholds } from '../../src/packages/diary/pages/index/VisitCard';
import { setTransport } from '../../src/services/client';
import { resetOfflineSyncForTests } from '../../src/services/offline-queue';
import { fakeTransport } from './fake-transport';
import { click, signInEachTestAs } from './page-helpers';
import { renderSettings, rulesView } from './settings-helpers';
import { resetTaroDouble } from './taro-double';
import { typeInto } from './type-into';

// Rendering Taro's H5 components in jsdom is slow on a busy machine.
jest.setTimeout(30_000);

const fs = {
  openid: 'demo-fs',
  person: { id: 'p1', name: '张华' },
  roles: [{ role: 'first_secretary', scope: { level: 'village', id: 'v1', name: '石桥村' } }],
  villages: [],
};
const household = (id: string, name: string, group: string) => ({ id, name, group, visitsThisMonth: 0, lastVisitDay: null });
const HOUSEHOLDS = [household('h1', '王德贵', '1组'), household('h2', '李秀英', '3组'), household('h3', '王建国', '3组'), household('h4', '张小红', '5组')];

function renderDiary(save: (input: unknown) => unknown = () => 'network') {
  const fake = fakeTransport({
    'session.whoami': { data: fs },
    'diary.get': { data: { day: '2026-11-20', today: '2026-11-20', mode: 'write', entry: null, visits: [], photosRequired: false } },
    'diary.list': { data: { month: '2026-11', entries: [] } },
    'households.list': { data: { village: { id: 'v1', name: '石桥村' }, households: HOUSEHOLDS } },
    'diary.save': save as never,
  });
  setTransport(fake.transport);
  return { ...fake, ...render(<DiaryPage />) };
}

describe('long text: counted, refused in words, never cut', () => {
  signInEachTestAs('demo-fs');
  beforeEach(() => resetOfflineSyncForTests());

  it('keeps a 2,003-character paste whole, says 最多2000字，已超出3字 and does not save until it is shorter', async () => {
    const fake = renderDiary((input) => ({ data: { created: true, message: '已保存', entry: { ...(input as object) } } }));
    await screen.findByText('今天的日志', {}, { timeout: 5000 });
    const box = () => fake.container.querySelectorAll('textarea')[1] as HTMLTextAreaElement | undefined;
    await typeInto(box, '党'.repeat(20));
    expect(screen.getByText('20/2000字')).toBeTruthy();

    await typeInto(box, '党'.repeat(2003));
    expect(box()!.value).toHaveLength(2003);
    expect(box()!.maxLength).toBeGreaterThan(2003); // the native box never cuts a paste
    expect(screen.getByText('最多2000字，已超出3字')).toBeTruthy();
    await click('保存日志');
    expect(fake.calls.filter((c) => c.action === 'diary.save')).toHaveLength(0);

    await typeInto(box, '党'.repeat(2000));
    expect(screen.queryByText(/已超出/)).toBeNull();
    expect(screen.getByText('2000/2000字')).toBeTruthy();
  });
});

describe('household picker search', () => {
  signInEachTestAs('demo-fs');
  beforeEach(() => resetOfflineSyncForTests());

  it('finds households by name or by 组', () => {
    expect(findHouseholds(HOUSEHOLDS, '王').map((h) => h.id)).toEqual(['h1', 'h3']);
    expect(findHouseholds(HOUSEHOLDS, '3组').map((h) => h.id)).toEqual(['h2', 'h3']);
    expect(findHouseholds(HOUSEHOLDS, ' 3组 王 ').map((h) => h.id)).toEqual(['h3']);
    expect(findHouseholds(HOUSEHOLDS, '')).toHaveLength(4);
    expect(findHouseholds(HOUSEHOLDS, '赵')).toEqual([]);
  });

  it('lists the matches under the search box; tapping one chooses it', async () => {
    const { container } = renderDiary();
    await screen.findByText('入户走访', {}, { timeout: 5000 });
    const search = () => container.querySelector('.diary-search input');
    await typeInto(search, '3组');
    // The picker's own rows are in the page too: read the list under the box.
    const matches = () => Array.from(container.querySelectorAll('.diary-match'));
    expect(matches().map((m) => m.textContent)).toEqual(['3组 李秀英', '3组 王建国']);
    expect(screen.getByText('点此从找到的2户中选')).toBeTruthy();
    await act(async () => {
      fireEvent.click(matches()[1]);
    });
    expect(screen.getByText('走访农户：3组 王建国')).toBeTruthy();

    await typeInto(search, '赵');
    expect(screen.getByText('没有找到“赵”，换个字试试')).toBeTruthy();
  });
});

describe('settings number fields', () => {
  signInEachTestAs('demo-admin');
  beforeEach(() => resetTaroDouble());

  it('keeps the minus of "-3" and shows the field its own error, without sending', async () => {
    const fake = renderSettings({ 'settings.rules.set': { data: rulesView() } });
    expect(await screen.findByText('县级审批天数', {}, { timeout: 10000 })).toBeTruthy();
    const input = () => fake.container.querySelector('taro-input-core[aria-label="县级审批天数"] input') as HTMLInputElement | null;
    await waitFor(() => expect(input()).toBeTruthy());
    expect(input()!.type).toBe('text'); // a number box would drop the minus while it is typed
    await typeInto(input, '-3');
    expect(input()!.value).toBe('-3');
    await click('保存设置');
    const field = fake.container.querySelector('#setting-leave-countyApprovalAboveDays')!;
    await waitFor(() => expect(field.querySelector('.bad')).toBeTruthy());
    expect(fake.calls.filter((c) => c.action === 'settings.rules.set')).toHaveLength(0);
  }, 60_000);
});
