import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import DiaryPage from '../../src/packages/diary/pages/index';
import DiaryReview from '../../src/packages/diary/pages/review';
import { setTransport } from '../../src/services/client';
import { offlineQueue, resetOfflineSyncForTests } from '../../src/services/offline-queue';
import { clearSession } from '../../src/hooks/useSession';
import { DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import { fakeTransport, type Reply } from './fake-transport';
import { click } from './page-helpers';
import Taro, { resetTaroDouble, taroCalls } from './taro-double';
import { typeInto } from './type-into';

// Rendering Taro's H5 components in jsdom is slow on a busy machine.
jest.setTimeout(30_000);

const fs = {
  openid: 'demo-fs',
  person: { id: 'p1', name: '张华' },
  roles: [{ role: 'first_secretary', scope: { level: 'village', id: 'v1', name: '石桥村' } }],
  villages: [],
};

const empty = { visits: '', party: '', industry: '', service: '', other: '' };

const entry = (p: Record<string, unknown>) => ({
  id: 'p1:2026-11-18',
  personId: 'p1',
  personName: '张华',
  villageId: 'v1',
  day: '2026-11-18',
  sections: { ...empty, party: '召开支委会，研究冬季防火。' },
  visits: [],
  photos: [],
  createdAt: '2026-11-18T12:30:00.000Z',
  updatedAt: '2026-11-18T12:30:00.000Z',
  late: false,
  amendments: [],
  flags: [],
  ...p,
});

const today = (e: unknown = null) => ({ data: { day: '2026-11-20', today: '2026-11-20', mode: 'write', entry: e, visits: [], photosRequired: false } });
const households = { data: { village: { id: 'v1', name: '石桥村' }, households: [{ id: 'h1', name: '王德贵', group: '1组', visitsThisMonth: 0, lastVisitDay: null }] } };

beforeEach(() => {
  resetTaroDouble();
  resetOfflineSyncForTests();
  clearSession();
  Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-fs');
});

/** Types into the index-th text box of the page (Taro's H5 text boxes render their <textarea> a moment after the page). */
const type = (container: HTMLElement, index: number, value: string) => typeInto(() => container.querySelectorAll('textarea')[index], value);

/**
 * Renders the diary page as the first secretary, with today's diary empty, no diaries earlier this month
 * and the village's households; `replies` adds answers or replaces these.
 */
function renderDiary(replies: Record<string, Reply | ((input: unknown) => Reply)> = {}) {
  const fake = fakeTransport({
    'session.whoami': { data: fs },
    'diary.get': today(),
    'diary.list': { data: { month: '2026-11', entries: [] } },
    'households.list': households,
    ...replies,
  });
  setTransport(fake.transport);
  return { ...fake, ...render(<DiaryPage />) };
}

describe('diary page', () => {
  it("saves today's diary with 保存日志 and says 已保存; the text is kept on the phone until then", async () => {
    const saved: unknown[] = [];
    const { container } = renderDiary({
      'diary.save': (input) => {
        saved.push(input);
        const i = input as { sections: typeof empty };
        return { data: { created: true, message: '已保存', entry: entry({ id: 'p1:2026-11-20', day: '2026-11-20', sections: i.sections, updatedAt: new Date().toISOString() }) } };
      },
    });
    expect(await screen.findByText('今天的日志', {}, { timeout: 5000 })).toBeTruthy();
    for (const label of ['走访农户', '党建工作', '产业发展', '为民办事', '其他']) expect(screen.getByText(label)).toBeTruthy();
    expect(await screen.findByText('本月之前的日子还没有日志。', {}, { timeout: 5000 })).toBeTruthy();

    await type(container, 0, '到1组走访王德贵家，了解取暖情况。');
    expect(screen.getByText('有改动还没保存（已先存在本机）。')).toBeTruthy();
    expect(Taro.getStorageSync('zhucun.diary.draft.p1.2026-11-20')).toMatchObject({ sections: { visits: '到1组走访王德贵家，了解取暖情况。' } });

    await click('保存日志');
    expect(await screen.findByText('已保存', {}, { timeout: 5000 })).toBeTruthy();
    expect(saved).toEqual([{ day: '2026-11-20', sections: { ...empty, visits: '到1组走访王德贵家，了解取暖情况。' }, visitIds: [], photoIds: [], clientRequestId: expect.any(String) }]);
    expect(Taro.getStorageSync('zhucun.diary.draft.p1.2026-11-20')).toBe('');
  });

  it('keeps the text when the network drops, restores it when the page opens again, and sends it when the network returns', async () => {
    let online = false;
    const sent: unknown[] = [];
    const first = renderDiary({
      'diary.save': (input) => {
        if (!online) return 'network';
        sent.push(input);
        const i = input as { sections: typeof empty };
        return { data: { created: true, message: '已保存', entry: entry({ id: 'p1:2026-11-20', day: '2026-11-20', sections: i.sections }) } };
      },
    });
    await screen.findByText('今天的日志', {}, { timeout: 5000 });
    await type(first.container, 1, '组织党员学习县委全会精神。');
    await click('保存日志');
    expect(await screen.findByText('网络不通，日志已保存在手机上，联网后自动上传。')).toBeTruthy();
    expect(offlineQueue.pending('diary.save')).toHaveLength(1);
    first.unmount();

    render(<DiaryPage />);
    expect(await screen.findByText('已恢复本机上没保存的内容，请点“保存日志”。', {}, { timeout: 5000 })).toBeTruthy();
    expect(await screen.findByDisplayValue('组织党员学习县委全会精神。', {}, { timeout: 5000 })).toBeTruthy();

    online = true;
    await act(async () => {
      await offlineQueue.flush();
    });
    expect(await screen.findByText('已保存')).toBeTruthy();
    expect(sent).toEqual([expect.objectContaining({ day: '2026-11-20', sections: { ...empty, party: '组织党员学习县委全会精神。' } })]);
    expect(Taro.getStorageSync('zhucun.diary.draft.p1.2026-11-20')).toBe('');
  });

  it('shows the Chinese error of the contract for an empty diary, without calling the server', async () => {
    const fake = renderDiary();
    await screen.findByText('今天的日志', {}, { timeout: 5000 });
    await click('保存日志');
    expect(await screen.findByText(/请至少填写一项工作内容/)).toBeTruthy();
    expect(fake.calls.map((c) => c.action)).not.toContain('diary.save');
  });

  it('lists the month with 补写 and flags, and amends a past day with a reason (补记)', async () => {
    const amended: unknown[] = [];
    const past = entry({
      late: true,
      flags: [{ id: 'f1', kind: 'batched-diary', status: 'open', explanation: '12分钟内集中填写了3天的工作日志（11月16日、11月17日、11月18日），疑似事后集中补写，请核实这几天是否在岗、是否当天记录。', evidence: {} }],
    });
    const { container } = renderDiary({
      'diary.list': { data: { month: '2026-11', entries: [past] } },
      'diary.amend': (input) => {
        amended.push(input);
        return { data: { entry: past, message: '已补记11月18日的日志，原内容已保留。' } };
      },
    });
    expect(await screen.findByText('召开支委会，研究冬季防火。', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getAllByText(/11月18日/).length).toBeGreaterThan(0);
    expect(screen.getByText('补写')).toBeTruthy();
    expect(screen.getByText('有提示')).toBeTruthy();
    expect(screen.getByText(/疑似事后集中补写/)).toBeTruthy();

    await click('补记');
    expect(screen.getByText('补记原因（必填）')).toBeTruthy();
    // Today's five boxes come first, then the amendment's five, then its reason.
    await waitFor(() => expect(container.querySelectorAll('textarea').length).toBe(11));
    await type(container, 8, '下午到镇里开会，补上。');
    await type(container, 10, '当天漏记了下午的会议');
    await click('提交补记');
    expect(amended).toEqual([
      { day: '2026-11-18', sections: { ...empty, party: '召开支委会，研究冬季防火。', service: '下午到镇里开会，补上。' }, reason: '当天漏记了下午的会议', clientRequestId: expect.any(String) },
    ]);
  });
});

describe('补写 yesterday', () => {
  it('offers to write a missing yesterday, saved for that day (the server counts it late)', async () => {
    const saved: unknown[] = [];
    const { container } = renderDiary({
      'diary.save': (input) => {
        saved.push(input);
        return { data: { created: true, message: '已补写11月19日的日志（过了当天才写，按补写计）。', entry: entry({ id: 'p1:2026-11-19', day: '2026-11-19', late: true }) } };
      },
    });
    expect(await screen.findByText('11月19日没有写日志。如果那天在村工作、只是忘了写，可以补写，按补写计。', {}, { timeout: 5000 })).toBeTruthy();
    await click('补写11月19日的日志');
    await type(container, 5, '下午到镇里参加防汛会议。');
    await click('提交补写');
    expect(saved).toEqual([{ day: '2026-11-19', sections: { ...empty, visits: '下午到镇里参加防汛会议。' }, visitIds: [], photoIds: [], clientRequestId: expect.any(String) }]);
  });
});

describe('diary page for a team leader', () => {
  it("links to the whole team's diaries", async () => {
    const leader = {
      ...fs,
      roles: [...fs.roles, { role: 'team_leader', scope: { level: 'village', id: 'v1', name: '石桥村' } }],
      villages: [{ id: 'v1', name: '石桥村', fence: [{ lat: 28.19, lng: 113.62, radiusM: 800 }] }],
    };
    renderDiary({ 'session.whoami': { data: leader } });
    const link = await screen.findByText('查看本队全部日志 ›', {}, { timeout: 5000 });
    expect(screen.getByText('用模拟位置记录（演示）')).toBeTruthy();
    await act(async () => {
      fireEvent.click(link);
    });
    expect(taroCalls.navigateTo).toEqual(['/packages/diary/pages/review/index?villageId=v1']);
  });
});

describe('diary review page (supervisors)', () => {
  it('shows each entry with its 补记 (original and new text) and the flag with both texts of the matching pair', async () => {
    const reviewed = entry({
      personName: '李敏',
      sections: { ...empty, visits: '到1组走访王德贵家，了解取暖情况。' },
      amendments: [{ at: '2026-11-19T02:00:00.000Z', by: 'p1', reason: '漏记了下午的会议', before: { ...empty }, after: { ...empty, visits: '到1组走访王德贵家，了解取暖情况。' } }],
      flags: [
        {
          id: 'f2',
          kind: 'duplicate-diary',
          status: 'open',
          explanation: '李敏11月18日的工作日志与张华11月17日的日志内容相似度96%，疑似相互抄写，请核实。',
          evidence: { pair: [{ personName: '李敏', day: '2026-11-18', text: '甲的原文' }, { personName: '张华', day: '2026-11-17', text: '乙的原文' }] },
        },
      ],
    });
    const fake = fakeTransport({ 'diary.list': { data: { month: '2026-11', entries: [reviewed] } } });
    setTransport(fake.transport);
    render(<DiaryReview />);
    expect(await screen.findByText('11月18日 李敏', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/补记，原因：漏记了下午的会议/)).toBeTruthy();
    expect(screen.getByText('原来：（空）')).toBeTruthy();
    expect(screen.getByText('改为：到1组走访王德贵家，了解取暖情况。')).toBeTruthy();
    expect(screen.getByText(/疑似相互抄写/)).toBeTruthy();
    expect(screen.getByText('甲的原文')).toBeTruthy();
    expect(screen.getByText('乙的原文')).toBeTruthy();
  });
});
