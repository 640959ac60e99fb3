import { act, fireEvent, render, screen } from '@testing-library/react';
import Dashboard from '../../src/packages/supervisor/pages/villages';
import VillageMonth from '../../src/packages/supervisor/pages/village';
import { setTransport } from '../../src/services/client';
import { clearSession } from '../../src/hooks/useSession';
import { DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import { fakeTransport } from './fake-transport';
import Taro, { reachBottom, resetTaroDouble, taroCalls } from './taro-double';

const downloads: { fileName: string; base64: string }[] = [];
jest.mock('../../src/services/files', () => ({
  downloadBase64: async (fileName: string, base64: string) => void downloads.push({ fileName, base64 }),
}));

const supervisor = {
  openid: 'demo-supervisor',
  person: { id: 'p2', name: '李敏' },
  roles: [{ role: 'township_supervisor', scope: { level: 'township', id: 't1', name: '河口镇' } }],
  villages: [],
};
const inspector = { ...supervisor, roles: [{ role: 'inspector', scope: { level: 'county', id: 'c1', name: '青山县' } }] };

const dashboard = (month = '2026-11') => ({
  scope: { level: 'township', id: 't1', name: '河口镇' },
  month,
  today: '2026-11-20',
  closed: month !== '2026-11',
  months: ['2026-11', '2026-10', '2026-09'],
  townships: [],
  legend: ['红色：已不达标（驻村少于工作日的2/3）', '橙色：驻村天数余量不超过2个工作日，需抓紧', '绿色：达标或进度正常'],
  totals: { villages: 2, cadres: 5, passing: 3, atRisk: 1, failing: 1 },
  countyId: 'c1',
  counties: [] as { id: string; name: string }[],
  matching: 2,
  villages: [
    { id: 'v1', name: '石桥村', townshipName: '河口镇', rank: 1, tone: 'ok', cadres: 3, passingCadres: 3, complianceRate: 1, firstSecretary: '张华', presentToday: 3, reasons: [] },
    {
      id: 'v2',
      name: '柳塘村',
      townshipName: '河口镇',
      rank: 2,
      tone: 'bad',
      cadres: 2,
      passingCadres: 1,
      complianceRate: 0.5,
      firstSecretary: null,
      presentToday: 0,
      reasons: ['赵强：无故缺勤3天（11月3日、11月4日、11月5日）'],
    },
  ],
  atRisk: [
    { personId: 'p7', name: '赵强', roleLabel: '第一书记', villageId: 'v2', villageName: '柳塘村', tone: 'bad', sentence: '无故缺勤3天（11月3日、11月4日、11月5日）', phone: '13800000007' },
    { personId: 'p8', name: '钱芳', roleLabel: '第一书记', villageId: 'v1', villageName: '石桥村', tone: 'warn', sentence: '还需驻村5天，本月剩余7个工作日，请抓紧安排', phone: null },
  ],
  trend: [
    { month: '2026-09', complianceRate: null, presenceRate: null, cadres: 0 },
    { month: '2026-10', complianceRate: 0.8, presenceRate: 0.9, cadres: 5 },
    { month: '2026-11', complianceRate: 0.6, presenceRate: 0.85, cadres: 5 },
  ],
  villagesNext: null as string | null,
  atRiskNext: null as string | null,
});

beforeEach(() => {
  resetTaroDouble();
  clearSession();
  downloads.length = 0;
  Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-supervisor');
});

describe('dashboard (各村)', () => {

  it('lets a city admin switch between the counties of the city', async () => {
    const cityAdmin = { ...supervisor, roles: [{ role: 'city_admin', scope: { level: 'city', id: 'city1', name: '青岚市' } }] };
    const counties = [
      { id: 'c1', name: '长沙县' },
      { id: 'c2', name: '云溪县' },
    ];
    const fake = fakeTransport({
      'session.whoami': { data: cityAdmin },
      'reports.dashboard': (input) => {
        const id = (input as { countyId?: string }).countyId ?? 'c1';
        const name = counties.find((c) => c.id === id)!.name;
        return { data: { ...dashboard(), scope: { level: 'county', id, name }, countyId: id, counties } };
      },
    });
    setTransport(fake.transport);
    render(<Dashboard />);
    expect(await screen.findByText('长沙县 驻村情况')).toBeTruthy();
    expect(screen.getByText('长沙县').className).toContain('pill--on');
    await act(async () => {
      fireEvent.click(screen.getByText('云溪县'));
    });
    expect(await screen.findByText('云溪县 驻村情况')).toBeTruthy();
    expect(fake.calls.filter((c) => c.action === 'reports.dashboard').map((c) => c.data)).toEqual([{}, { countyId: 'c2' }]);
  });

  it('searches the ranking and filters it by colour on the server (the ranking is paged there)', async () => {
    const fake = fakeTransport({
      'session.whoami': { data: supervisor },
      'reports.dashboard': (input) => ({ data: dashboard((input as { month?: string }).month) }),
    });
    setTransport(fake.transport);
    render(<Dashboard />);
    expect(await screen.findByText('河口镇 驻村情况')).toBeTruthy();
    await act(async () => {
      fireEvent.input(document.querySelector('.ranking-search input') ?? document.querySelector('.ranking-search')!, { target: { value: ' 柳塘 ' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByText('搜索'));
    });
    await act(async () => {
      fireEvent.click(screen.getAllByText('不达标').find((el) => el.className.includes('pill'))!);
    });
    const asked = fake.calls.filter((c) => c.action === 'reports.dashboard').map((c) => c.data);
    expect(asked).toContainEqual({ search: '柳塘' });
    expect(asked).toContainEqual({ search: '柳塘', tone: 'bad' });
    expect(await screen.findByText(/找到2个村（排名仍按全部村算），搜“柳塘”/)).toBeTruthy();
  });
  it("waits for a year's holiday schedule on its own card, and opens last month in one tap", async () => {
    const fake = fakeTransport({
      'session.whoami': { data: { ...supervisor, now: '2027-01-04T02:00:00.000Z' } },
      'reports.dashboard': (input) =>
        (input as { month?: string }).month === '2026-12'
          ? { data: { ...dashboard('2026-12'), months: ['2026-12', '2026-11'] } }
          : { error: { code: 'CALENDAR_UNKNOWN', message: '该年度的节假日安排尚未录入' } },
    });
    setTransport(fake.transport);
    render(<Dashboard />);
    expect(await screen.findByText('2027年节假日安排还没录入')).toBeTruthy();
    expect(screen.queryByText('重试')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByText('看2026年12月'));
    });
    expect(await screen.findByText('2026年12月')).toBeTruthy();
    expect(screen.queryByText('2027年节假日安排还没录入')).toBeNull();
    expect(fake.calls.filter((c) => c.action === 'reports.dashboard').map((c) => c.data)).toEqual([{}, { month: '2026-12' }]);
  });

  it('ranks villages with colours, lists who needs attention, draws the months, drills down and exports', async () => {
    const fake = fakeTransport({
      'session.whoami': { data: supervisor },
      // Without the chart when the app says it keeps the one it has (withTrend: false).
      'reports.dashboard': (input) => {
        const i = input as { month?: string; withTrend?: boolean };
        return { data: { ...dashboard(i.month), ...(i.withTrend === false ? { trend: [] } : {}) } };
      },
      'reports.summary': { data: { fileName: '河口镇_2026-11_驻村汇总表.xlsx', base64: 'UEsDBA==' } },
    });
    setTransport(fake.transport);
    render(<Dashboard />);

    expect(await screen.findByText('河口镇 驻村情况')).toBeTruthy();
    expect(screen.getByText('2026年11月')).toBeTruthy();
    // The colour's word alone on the tag; the count says what it counts.
    expect(screen.getByText('正常 3/3人（100%）')).toBeTruthy();
    expect(screen.getByText('正常 1/2人（50%）')).toBeTruthy();
    expect(screen.getAllByText('不达标').length).toBeGreaterThanOrEqual(1);
    expect(screen.queryByText('不达标 1/2')).toBeNull();
    expect(screen.getByText('今日在村 3/3')).toBeTruthy();
    expect(screen.getByText('第一书记 未设')).toBeTruthy();
    expect(screen.getByText('还需驻村5天，本月剩余7个工作日，请抓紧安排')).toBeTruthy();
    expect(screen.getByText('需要关注的人（2）')).toBeTruthy();
    // Chart: one column per month with both values written, an axis, and 无记录 (no bar) when a month has no records.
    expect(screen.getByText('80%')).toBeTruthy();
    expect(screen.getByText('90%')).toBeTruthy();
    expect(screen.getByText('无记录')).toBeTruthy();
    expect(screen.getByText('100%')).toBeTruthy();
    const empty = screen.getByText('无记录').closest('.trend__bars')!;
    expect(empty.querySelectorAll('.trend__bar')).toHaveLength(0);
    expect(screen.getByText('红色：已不达标（驻村少于工作日的2/3）')).toBeTruthy();

    // 拨打电话 straight from the list, without opening the cadre's month.
    await act(async () => {
      fireEvent.click(screen.getByText('拨打电话 13800000007'));
    });
    expect(taroCalls.phoneCalls).toEqual(['13800000007']);
    expect(taroCalls.navigateTo).toEqual([]);
    await act(async () => {
      fireEvent.click(screen.getByText('钱芳'));
    });
    expect(taroCalls.navigateTo).toEqual(['/packages/presence/pages/month/index?personId=p8&month=2026-11']);
    await act(async () => {
      fireEvent.click(screen.getByText('柳塘村'));
    });
    expect(taroCalls.navigateTo[1]).toBe('/packages/supervisor/pages/village/index?villageId=v2&month=2026-11');

    await act(async () => {
      fireEvent.click(screen.getByText('导出汇总表'));
    });
    expect(fake.calls.find((c) => c.action === 'reports.summary')?.data).toEqual({ month: '2026-11', townshipId: 't1' });
    expect(downloads).toEqual([{ fileName: '河口镇_2026-11_驻村汇总表.xlsx', base64: 'UEsDBA==' }]);
    expect(await screen.findByText('已导出：河口镇_2026-11_驻村汇总表.xlsx')).toBeTruthy();


    // Month switcher: the previous month is asked for without the chart (it covers the same months
    // whatever month is shown), and the chart stays; no 今日在村 for a past month.
    await act(async () => {
      fireEvent.click(screen.getByText('‹ 上月'));
    });
    expect(await screen.findByText('2026年10月')).toBeTruthy();
    expect(fake.calls.filter((c) => c.action === 'reports.dashboard').map((c) => c.data)).toEqual([{}, { month: '2026-10', withTrend: false }]);
    expect(screen.getByText('80%')).toBeTruthy();
    expect(screen.getByText('无记录')).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByText('预警消息 ›'));
    });
    expect(taroCalls.redirectTo).toEqual(['/packages/supervisor/pages/alerts/index']);
  });

  it('shows the inspector no alert or approval links; errors read in Chinese with 重试', async () => {
    const fake = fakeTransport({
      'session.whoami': { data: inspector },
      'reports.dashboard': { error: { code: 'INTERNAL', message: '系统开小差了，请稍后再试。' } },
    });
    setTransport(fake.transport);
    render(<Dashboard />);
    expect(await screen.findByText('系统开小差了，请稍后再试。')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
    expect(screen.queryByText('预警消息 ›')).toBeNull();
  });
});

describe('dashboard at-risk list', () => {
  it('shows the first ten and the rest on request', async () => {
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-supervisor');
    const many = Array.from({ length: 13 }, (_, i) => ({
      personId: `p${i}`,
      name: `干部${i}`,
      roleLabel: '第一书记',
      villageId: 'v1',
      villageName: '石桥村',
      tone: 'warn',
      sentence: `还需驻村${i}天`,
    }));
    setTransport(fakeTransport({ 'session.whoami': { data: supervisor }, 'reports.dashboard': { data: { ...dashboard(), atRisk: many } } }).transport);
    render(<Dashboard />);
    expect(await screen.findByText('干部9')).toBeTruthy();
    expect(screen.queryByText('干部10')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByText('还有3人，全部显示 ›'));
    });
    expect(screen.getByText('干部12')).toBeTruthy();
  });
});

describe('dashboard of a large county', () => {
  it('loads the next villages of the ranking when the person scrolls to the end, and more people to watch on request', async () => {
    const village = (i: number) => ({ ...dashboard().villages[0], id: `v${i}`, name: `第${i}村`, rank: i });
    const person = (i: number) => ({ ...dashboard().atRisk[1], personId: `p${i}`, name: `干部${i}` });
    const fake = fakeTransport({
      'session.whoami': { data: supervisor },
      'reports.dashboard': (input) => {
        const i = input as { villagesCursor?: string; atRiskCursor?: string };
        const first = { ...dashboard(), totals: { villages: 3, cadres: 60, passing: 0, atRisk: 60, failing: 0 } };
        if (i.villagesCursor === '2') return { data: { ...first, villages: [village(3)], villagesNext: null, trend: [] } };
        if (i.atRiskCursor === '50') return { data: { ...first, atRisk: [person(50)], atRiskNext: null, trend: [] } };
        return { data: { ...first, villages: [village(1), village(2)], villagesNext: '2', atRisk: Array.from({ length: 50 }, (_, k) => person(k)), atRiskNext: '50' } };
      },
    });
    setTransport(fake.transport);
    render(<Dashboard />);
    expect(await screen.findByText('第2村')).toBeTruthy();
    expect(screen.queryByText('第3村')).toBeNull();
    await act(async () => {
      reachBottom();
    });
    expect(await screen.findByText('第3村')).toBeTruthy();
    expect(screen.queryByText(/往下看更多村/)).toBeNull();
    expect(fake.calls.filter((c) => c.action === 'reports.dashboard').map((c) => c.data)).toContainEqual({ month: '2026-11', villagesCursor: '2' });

    await act(async () => {
      fireEvent.click(screen.getByText('还有50人，全部显示 ›'));
    });
    expect(screen.getByText('干部49')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('再显示一些（还有10人）›'));
    });
    expect(await screen.findByText('干部50')).toBeTruthy();
  });
});

describe('village month page', () => {
  it("shows each cadre's figures and rules, links to the calendar, exports the 月纪实表", async () => {
    (Taro as unknown as { getCurrentInstance: () => unknown }).getCurrentInstance = () => ({ router: { params: { villageId: 'v2', month: '2026-10' } } });
    const fake = fakeTransport({
      'session.whoami': { data: supervisor },
      'reports.village': {
        data: {
          village: { id: 'v2', name: '柳塘村', townshipName: '河口镇' },
          month: '2026-10',
          closed: true,
          tone: 'bad',
          reasons: ['赵强：无故缺勤3天（10月9日、10月10日、10月13日）'],
          coverage: { status: 'fail', reason: '有2天无人在村', gapDays: ['2026-10-11', '2026-10-12'] },
          cadres: [
            {
              personId: 'p7',
              name: '赵强',
              roleLabel: '第一书记',
              unitName: '县财政局',
              phone: '13800000007',
              tone: 'bad',
              pass: false,
              workingDays: 18,
              requiredDays: 12,
              presentDays: 10,
              fieldDays: 1,
              officialDays: 0,
              leaveDays: 2,
              absences: 3,
              diaryOnTime: 9,
              diaryLate: 1,
              diaryMissing: 0,
              projection: '还需驻村2天',
              rules: [
                { rule: 'presence', status: 'fail', reason: '本月工作日18天，驻村10天，少于要求的12天' },
                { rule: 'absence', status: 'fail', reason: '无故缺勤3天（10月9日、10月10日、10月13日）' },
                { rule: 'diary', status: 'pass', reason: '日志齐全' },
              ],
            },
          ],
        },
      },
      'reports.villageMonth': { data: { fileName: '柳塘村_2026-10_月纪实表.xlsx', base64: 'UEsDBA==' } },
    });
    setTransport(fake.transport);
    render(<VillageMonth />);
    expect(await screen.findByText('河口镇 柳塘村')).toBeTruthy();
    expect(fake.calls.find((c) => c.action === 'reports.village')?.data).toEqual({ villageId: 'v2', month: '2026-10' });
    expect(screen.getByText('无人在村2天')).toBeTruthy();
    expect(screen.getByText('10月11日、10月12日')).toBeTruthy();
    // Figures in words a person reads without a legend; each rule's outcome as a word, not a mark.
    expect(screen.getByText('10')).toBeTruthy();
    expect(screen.getByText(/至少12天/)).toBeTruthy();
    expect(screen.getByText('按时9天，补写1天，缺0天')).toBeTruthy();
    expect(screen.getByText('1天 · 0天 · 2天')).toBeTruthy();
    expect(screen.getAllByText('不达标').length).toBeGreaterThanOrEqual(3); // the cadre's tag and two rules
    expect(screen.getByText('通过')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('拨打电话 13800000007'));
    });
    expect(taroCalls.phoneCalls).toEqual(['13800000007']);
    expect(screen.getByText('本月工作日18天，驻村10天，少于要求的12天')).toBeTruthy();
    expect(screen.getByText('派出单位：县财政局')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('查看赵强的月历 ›'));
    });
    expect(taroCalls.navigateTo).toEqual(['/packages/presence/pages/month/index?personId=p7&month=2026-10']);
    await act(async () => {
      fireEvent.click(screen.getByText('查看赵强的工作日志 ›'));
    });
    expect(taroCalls.navigateTo[1]).toBe('/packages/diary/pages/review/index?personId=p7&month=2026-10');
    await act(async () => {
      fireEvent.click(screen.getByText('导出月纪实表'));
    });
    expect(downloads[0].fileName).toBe('柳塘村_2026-10_月纪实表.xlsx');
    await act(async () => {
      fireEvent.click(screen.getByText('‹ 上月'));
    });
    expect(fake.calls.filter((c) => c.action === 'reports.village').map((c) => (c.data as { month: string }).month)).toEqual(['2026-10', '2026-09']);
  });
});
