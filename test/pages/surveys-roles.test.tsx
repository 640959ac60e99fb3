import { act, fireEvent, render, screen } from '@testing-library/react';
import Me from '../../src/pages/me';
import Surveys from '../../src/packages/supervisor/pages/surveys';
import SurveyDetail from '../../src/packages/supervisor/pages/surveys/detail';
import { clearSession } from '../../src/hooks/useSession';
import { setTransport } from '../../src/services/client';
import { DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import { fakeTransport } from './fake-transport';
import Taro, { resetTaroDouble, taroCalls } from './taro-double';

const village = { level: 'village', id: 'v1', name: '红旗村' };
const cadre = { openid: 'demo-fs', person: { id: 'p1', name: '李建国' }, roles: [{ role: 'first_secretary', scope: village }], villages: [{ id: 'v1', name: '红旗村' }] };
const supervisor = { openid: 'demo-supervisor', person: { id: 'p2', name: '张敏' }, roles: [{ role: 'township_supervisor', scope: { level: 'township', id: 't1', name: '城关镇' } }], villages: [] };

const campaign = {
  id: 'c1',
  title: '2026年11月驻村工作群众评价',
  organiser: '城关镇党委',
  status: 'open',
  state: 'running',
  from: '2026-11-01',
  to: '2026-12-14',
  targetPerVillage: 30,
  onePerHousehold: true,
  villages: [{ id: 'v1', name: '红旗村', answers: 12 }],
  answers: 12,
  createdByName: '张敏',
  canClose: false,
};
const rate = (positive: number, n: number) => ({ questionId: 'q1', positive, n, rate: positive / n, low: 0.5, high: 0.95, tooFew: true });
const results = {
  campaign: { id: 'c1', title: campaign.title, from: campaign.from, to: campaign.to, state: 'running' },
  awarenessMin: 0.6,
  minAnswers: 30,
  minCellAnswers: 5,
  villages: [{ villageId: 'v1', villageName: '红旗村', answers: 12, target: 30, tooFew: true, withheld: false, awareness: rate(10, 12), satisfaction: rate(11, 12), questions: [] }],
};

function as(session: typeof cadre | typeof supervisor, shown: unknown = results) {
  Taro.setStorageSync(DEMO_OPENID_KEY, session.openid);
  const fake = fakeTransport({
    'session.whoami': { data: session },
    'messages.list': { data: { messages: [], unread: 0 } },
    'survey.listCampaigns': { data: { campaigns: [campaign] } },
    'survey.results': { data: shown },
  });
  setTransport(fake.transport);
  return fake;
}

beforeEach(() => {
  resetTaroDouble();
  clearSession();
  window.history.replaceState(null, '', '/#/packages/supervisor/pages/surveys/detail?id=c1');
});

describe('群众评价: a village cadre sees the village’s survey results, nothing to organise', () => {
  it('我的 links a cadre to the results; a supervisor has the 问卷 tab instead', async () => {
    as(cadre);
    const { unmount } = render(<Me />);
    (await screen.findByText('群众评价')).click();
    expect(taroCalls.navigateTo).toEqual(['/packages/supervisor/pages/surveys/index']);
    unmount();
    clearSession();
    as(supervisor);
    render(<Me />);
    await screen.findByText('张敏');
    expect(screen.queryByText('群众评价')).toBeNull();
  });

  it('the list: no 新建问卷 for a cadre, results only', async () => {
    as(cadre);
    render(<Surveys />);
    expect(await screen.findByText(campaign.title)).toBeTruthy();
    expect(screen.getByText('查看结果 ›')).toBeTruthy();
    expect(screen.queryByText('新建问卷')).toBeNull();
  });

  it('the list: a supervisor creates campaigns and reaches the codes', async () => {
    as(supervisor);
    render(<Surveys />);
    expect(await screen.findByText('查看结果和二维码 ›')).toBeTruthy();
    expect(screen.getByText('新建问卷')).toBeTruthy();
  });

  it('the results: rates for a cadre, without QR codes; with them for a supervisor', async () => {
    const fake = as(cadre);
    const { unmount } = render(<SurveyDetail />);
    expect(await screen.findByText('10/12人', { exact: false })).toBeTruthy();
    expect(screen.getByText('导出Excel')).toBeTruthy();
    expect(screen.queryByText('二维码和海报 ›')).toBeNull();
    expect(fake.calls.some((c) => c.action === 'survey.code')).toBe(false);
    unmount();
    clearSession();
    as(supervisor);
    render(<SurveyDetail />);
    expect(await screen.findByText('二维码和海报 ›')).toBeTruthy();
  });

  it('the results: below the county’s threshold a cadre sees how many answered, nothing per option', async () => {
    const few = { ...results, villages: [{ ...results.villages[0], answers: 3, withheld: true, awareness: null, satisfaction: null, questions: [] }] };
    as(cadre, few);
    render(<SurveyDetail />);
    expect(await screen.findByText('答卷不足5份，暂不显示分项')).toBeTruthy();
    expect(screen.getByText('3 / 30 份')).toBeTruthy();
    expect(screen.queryByText('分题统计 ›')).toBeNull();
    expect(screen.queryByText(/知晓率/)).toBeNull();
    expect(screen.queryByText(/答卷太少/)).toBeNull();
  });

  it('the results: at the threshold the cadre gets the breakdown', async () => {
    const enough = {
      ...results,
      villages: [
        {
          ...results.villages[0],
          answers: 5,
          withheld: false,
          questions: [{ id: 'q1', title: '您知道本村的第一书记是谁吗？', kind: 'single', n: 5, counts: [{ label: '知道，能说出名字', count: 5 }], rate: null }],
        },
      ],
    };
    as(cadre, enough);
    render(<SurveyDetail />);
    const link = await screen.findByText('分题统计 ›');
    await act(async () => {
      fireEvent.click(link);
    });
    expect(await screen.findByText('知道，能说出名字')).toBeTruthy();
    expect(screen.queryByText(/暂不显示分项/)).toBeNull();
  });
});
