import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import MyMonthPage from '../../src/packages/presence/pages/month';
import FlagsPage from '../../src/packages/supervisor/pages/flags';
import { buildMyMonth, buildPendingMonth } from '../../src/core/my-month/index';
import { dayStart } from '../../src/core/time';
import { clearSession } from '../../src/hooks/useSession';
import { setTransport } from '../../src/services/client';
import { DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import { monthCalendar, DEFAULT_RULE_CONFIG, type MonthCalendar, type PersonMonthRecord } from '../../src/core';
import { fakeTransport } from './fake-transport';
import Taro, { resetTaroDouble, taroCalls } from './taro-double';

const at = (day: string, hh: number) => new Date(dayStart(day).getTime() + hh * 3600_000).toISOString();

const FLAG = {
  id: 'repeated-coordinates:p1:2026-11:p1:r1',
  kind: 'repeated-coordinates',
  kindLabel: '坐标多天完全相同',
  personId: 'p1',
  personName: '张华',
  villageId: 'v1',
  villageName: '石桥村',
  day: '2026-11-03',
  explanation: '11月2日、11月3日、11月4日共3天的打卡位置完全相同（误差不到1米）。',
  evidence: {
    records: [
      { id: 'p1:r1', at: at('2026-11-02', 8), receivedAt: at('2026-11-02', 8), day: '2026-11-02', lat: 28.190123, lng: 113.620456, accuracyM: 20, fuzzy: false, syncedLater: false },
      { id: 'p1:r2', at: at('2026-11-03', 8), receivedAt: at('2026-11-03', 12), day: '2026-11-03', lat: 28.190123, lng: 113.620456, accuracyM: 20, fuzzy: false, syncedLater: true },
    ],
    days: ['2026-11-02', '2026-11-03'],
  },
  status: 'open',
  raisedAt: at('2026-11-03', 12),
  clearedAt: null,
  clearedByName: null,
  clearNote: null,
};

function monthData(month = '2026-11', self = true, stationing: Partial<PersonMonthRecord> = {}) {
  const built = buildMyMonth({
    record: {
      ...stationing,
      personId: 'p1',
      name: '张华',
      role: 'first_secretary',
      officialDays: [],
      leaveDays: [],
      presentDays: ['2026-11-02', '2026-11-03'],
      fieldDays: ['2026-11-04'],
      diaries: [{ day: '2026-11-02', writtenAt: at('2026-11-02', 20) }],
    } as PersonMonthRecord,
    ctx: { calendar: monthCalendar('2026-11') as MonthCalendar, today: '2026-11-20', config: DEFAULT_RULE_CONFIG, now: new Date(at('2026-11-20', 11)) },
    clockIns: [{ day: '2026-11-03', at: at('2026-11-03', 8), decision: 'in-village', syncedLater: true, fuzzy: false }],
    leaves: [{ type: 'sick', from: '2026-11-05', to: '2026-11-06', status: 'approved' }],
    flags: [{ day: '2026-11-03', status: 'open' }],
  });
  return {
    person: { id: 'p1', name: '张华', roleLabel: '第一书记' },
    village: { id: 'v1', name: '石桥村' },
    month,
    today: '2026-11-20',
    self,
    ...built,
    calendarPending: null,
    flags: [FLAG],
  };
}

/** January 2027 before its holiday schedule is entered: the records, no judgement. */
function pendingMonthData() {
  const built = buildPendingMonth({
    record: {
      personId: 'p1',
      name: '张华',
      role: 'first_secretary',
      officialDays: [],
      leaveDays: [],
      presentDays: ['2027-01-02'],
      fieldDays: ['2027-01-03'],
      diaries: [{ day: '2027-01-02', writtenAt: at('2027-01-02', 20) }],
    },
    month: '2027-01',
    today: '2027-01-04',
    config: DEFAULT_RULE_CONFIG,
    now: new Date(at('2027-01-04', 10)),
    clockIns: [{ day: '2027-01-02', at: at('2027-01-02', 8), decision: 'in-village', syncedLater: false, fuzzy: false }],
    leaves: [],
    flags: [],
  });
  return {
    person: { id: 'p1', name: '张华', roleLabel: '第一书记' },
    village: { id: 'v1', name: '石桥村' },
    month: '2027-01',
    today: '2027-01-04',
    self: true,
    ...built,
    projection: null,
    calendarPending: { year: 2027, message: '2027年节假日安排还没公布（或还没录入），本月应驻村天数、缺勤和达标情况等录入后再算。' },
    flags: [],
  };
}

const cadre = { openid: 'demo-fs', person: { id: 'p1', name: '张华' }, roles: [{ role: 'first_secretary', scope: { level: 'village', id: 'v1', name: '石桥村' } }], villages: [] };
const supervisor = { openid: 'demo-supervisor', person: { id: 'p2', name: '李敏' }, roles: [{ role: 'township_supervisor', scope: { level: 'township', id: 't1', name: '河口镇' } }], villages: [] };

let params: Record<string, string> = {};
beforeAll(() => {
  (Taro as unknown as { getCurrentInstance: () => unknown }).getCurrentInstance = () => ({ router: { params } });
});
beforeEach(() => {
  resetTaroDouble();
  clearSession();
  params = {};
  Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-fs');
});

describe('my month page', () => {
  it('shows the calendar with a Chinese weekday header, a word per day, required vs done, the projection and the flags', async () => {
    const fake = fakeTransport({ 'session.whoami': { data: cadre }, 'cadre.month': (input) => ({ data: monthData((input as { month?: string }).month ?? '2026-11') }) });
    setTransport(fake.transport);
    render(<MyMonthPage />);
    expect(await screen.findByText('我的本月')).toBeTruthy();
    expect(screen.getByText('2026年11月')).toBeTruthy();
    for (const w of ['一', '二', '三', '四', '五', '六', '日']) expect(screen.getAllByText(w).length).toBeGreaterThan(0);
    expect(document.querySelectorAll('.month-grid__cell:not(.month-grid__cell--blank)')).toHaveLength(30);
    // 1 Nov 2026 is a Sunday: six blank cells before it (Monday first).
    expect(document.querySelectorAll('.month-grid__cell--blank')).toHaveLength(6);
    expect(screen.getAllByText('在村').length).toBeGreaterThanOrEqual(2);
    expect(screen.getAllByText('外勤').length).toBeGreaterThanOrEqual(1);
    expect(screen.getAllByText('请假').length).toBeGreaterThanOrEqual(2);
    expect(screen.getAllByText('缺勤').length).toBeGreaterThan(0);
    expect(screen.getByText('缺志 传 疑')).toBeTruthy(); // 3 Nov: diary missing, synced later, flagged
    expect(screen.getByText(/至少14天/)).toBeTruthy();
    expect(screen.getByText(/还需驻村\d+天/)).toBeTruthy();
    expect(screen.getByText(/其中在村\d+天.*（同一天只算一次）/)).toBeTruthy(); // 已计在村 adds up
    expect(screen.getByText('志：日志按时写了')).toBeTruthy();
    expect(screen.getByText(FLAG.explanation)).toBeTruthy();
    expect(screen.getByText(/离线补传/)).toBeTruthy();
    expect(fake.calls.find((c) => c.action === 'cadre.month')?.data).toEqual({});

    // Tapping a day shows it in words.
    await act(async () => {
      fireEvent.click(screen.getByText('5'));
    });
    expect(screen.getByText('11月5日 · 工作日')).toBeTruthy();
    expect(screen.getByText('请假（病假）')).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByText('上个月'));
    });
    expect(await screen.findByText('2026年10月')).toBeTruthy();
    expect(fake.calls.filter((c) => c.action === 'cadre.month').pop()?.data).toEqual({ month: '2026-10' });
  }, 30_000);

  it('a cadre posted mid-month: the days before read 未驻村, the working days are the posting’s', async () => {
    const fake = fakeTransport({ 'session.whoami': { data: cadre }, 'cadre.month': { data: monthData('2026-11', true, { stationedFrom: '2026-11-09' }) } });
    setTransport(fake.transport);
    render(<MyMonthPage />);
    expect(await screen.findByText('驻村期间工作日')).toBeTruthy();
    expect(screen.getByText('16 天')).toBeTruthy(); // 21 working days in November 2026; posted from Monday the 9th: 16
    await act(async () => {
      fireEvent.click(screen.getByText('1'));
    });
    expect(screen.getByText('不在驻村期内，不考核')).toBeTruthy();
    expect(screen.getAllByText('未驻村').length).toBeGreaterThanOrEqual(2); // the day and the legend
  }, 30_000);

  it("opens a cadre's month for a supervisor from ?personId=", async () => {
    params = { personId: 'p1', month: '2026-11' };
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-supervisor');
    const fake = fakeTransport({ 'session.whoami': { data: supervisor }, 'cadre.month': { data: monthData('2026-11', false) } });
    setTransport(fake.transport);
    render(<MyMonthPage />);
    expect(await screen.findByText('张华的11月')).toBeTruthy();
    expect(fake.calls.find((c) => c.action === 'cadre.month')?.data).toEqual({ personId: 'p1', month: '2026-11' });
    await act(async () => {
      fireEvent.click(screen.getByText('查看工作日志 ›'));
    });
    expect(taroCalls.navigateTo).toEqual(['/packages/diary/pages/review/index?personId=p1&month=2026-11']);
  });

  it('in a year without holiday data: the days with their marks, no 缺勤/休息, and the figures waiting in plain words', async () => {
    setTransport(fakeTransport({ 'session.whoami': { data: cadre }, 'cadre.month': { data: pendingMonthData() } }).transport);
    render(<MyMonthPage />);
    expect(await screen.findByText('2027年节假日安排还没公布（或还没录入），本月应驻村天数、缺勤和达标情况等录入后再算。')).toBeTruthy();
    expect(screen.getByText('2027年1月')).toBeTruthy();
    expect(document.querySelectorAll('.month-grid__cell:not(.month-grid__cell--blank)')).toHaveLength(31);
    expect(screen.getAllByText('在村').length).toBeGreaterThanOrEqual(2); // 2 Jan and the legend
    expect(screen.getAllByText('外勤').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText('1 · 1 · 0 · 0 天')).toBeTruthy();
    expect(screen.getByText('按时1 · 补写0 · 缺1')).toBeTruthy();
    expect(screen.queryByText('缺勤')).toBeNull();
    expect(screen.queryByText('休息')).toBeNull();
    expect(screen.queryByText(/本月工作日|无故缺勤|至少\d+天|重试/)).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByText('1'));
    });
    expect(screen.getByText('1月1日 · 节假日安排未定')).toBeTruthy();
    expect(screen.getByText('没有记录（节假日安排录入后再看是否缺勤）')).toBeTruthy();
  }, 30_000);

  it('shows a server error in Chinese with 重试', async () => {
    const fake = fakeTransport({ 'session.whoami': { data: cadre }, 'cadre.month': { error: { code: 'OUT_OF_SCOPE', message: '这不在您负责的范围内。' } } });
    setTransport(fake.transport);
    render(<MyMonthPage />);
    expect(await screen.findByText('这不在您负责的范围内。')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
  });
});

describe('supervisor flags page', () => {
  it('lists open flags with the evidence, links to the month, and clears one with a note', async () => {
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-supervisor');
    let cleared = false;
    const fake = fakeTransport({
      'session.whoami': { data: supervisor },
      'flags.list': () => ({ data: { scope: { level: 'township', id: 't1', name: '河口镇' }, flags: cleared ? [] : [FLAG], truncated: false, canClear: true } }),
      'flags.clear': (input) => {
        const note = (input as { note: string }).note;
        if (note.trim().length < 2) return { error: { code: 'VALIDATION', message: '请写明核实情况（至少2个字）' } };
        cleared = true;
        return { data: { ...FLAG, status: 'cleared', clearNote: note } };
      },
    });
    setTransport(fake.transport);
    render(<FlagsPage />);
    expect(await screen.findByText('张华 · 石桥村')).toBeTruthy();
    expect(screen.getByText(FLAG.explanation)).toBeTruthy();
    expect(screen.getByText(/坐标多天完全相同/)).toBeTruthy();
    // Each figure whole, so a line never breaks inside a number.
    expect(screen.getAllByText('纬度28.190123')).toHaveLength(2);
    expect(screen.getAllByText('经度113.620456')).toHaveLength(2);

    await act(async () => {
      fireEvent.click(screen.getByText('查看本月'));
    });
    expect(taroCalls.navigateTo).toEqual(['/packages/presence/pages/month/index?personId=p1&month=2026-11']);
    expect(screen.queryByText('查看日志')).toBeNull(); // not a diary flag

    await act(async () => {
      fireEvent.click(screen.getByText('核实销号'));
    });
    await act(async () => {
      fireEvent.click(screen.getByText('确认销号'));
    });
    expect(await screen.findByText('请写明核实情况（至少2个字）')).toBeTruthy();
    // Taro draws the native text box inside its element a moment later: wait for it, then type.
    await waitFor(() => expect(document.querySelector('.flag-note textarea, textarea.flag-note')).toBeTruthy());
    const box = document.querySelector('.flag-note textarea, textarea.flag-note') as HTMLTextAreaElement;
    await act(async () => {
      fireEvent.input(box, { target: { value: '已电话联系村支书，当天在村' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByText('确认销号'));
    });
    expect(await screen.findByText('没有待核实的提示。')).toBeTruthy();
    const clear = fake.calls.filter((c) => c.action === 'flags.clear');
    expect(clear.pop()?.data).toMatchObject({ flagId: FLAG.id, note: '已电话联系村支书，当天在村' });
  });
});

describe('supervisor flags page, diary flags', () => {
  it('opens the cadre’s diaries of that month from a diary flag', async () => {
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-supervisor');
    const diaryFlag = { ...FLAG, id: 'batched-diary:p1:2026-11-03', kind: 'batched-diary', kindLabel: '日志集中补写', explanation: '11月3日一次补写了5篇日志。', evidence: {} };
    const fake = fakeTransport({
      'session.whoami': { data: supervisor },
      'flags.list': { data: { scope: { level: 'township', id: 't1', name: '河口镇' }, flags: [diaryFlag], truncated: false, canClear: true } },
    });
    setTransport(fake.transport);
    render(<FlagsPage />);
    expect(await screen.findByText(diaryFlag.explanation)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('查看日志'));
    });
    expect(taroCalls.navigateTo).toEqual(['/packages/diary/pages/review/index?personId=p1&month=2026-11']);
  });
});

describe('supervisor flags page for one village', () => {
  it('asks for that village only when opened with ?villageId=', async () => {
    params = { villageId: 'v1' };
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-supervisor');
    const fake = fakeTransport({
      'session.whoami': { data: supervisor },
      'flags.list': { data: { scope: { level: 'village', id: 'v1', name: '石桥村' }, flags: [], truncated: false, canClear: true } },
    });
    setTransport(fake.transport);
    render(<FlagsPage />);
    expect(await screen.findByText('没有待核实的提示。')).toBeTruthy();
    expect(fake.calls.find((c) => c.action === 'flags.list')?.data).toEqual({ status: 'open', villageId: 'v1' });
  });
});
