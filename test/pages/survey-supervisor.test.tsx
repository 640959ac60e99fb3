import { act, fireEvent, render, screen } from '@testing-library/react';
import Surveys from '../../src/packages/supervisor/pages/surveys';
import NewSurvey from '../../src/packages/supervisor/pages/surveys/new';
import SurveyDetail from '../../src/packages/supervisor/pages/surveys/detail';
import { surveyTemplate } from '../../src/core/survey/templates';
import { setTransport } from '../../src/services/client';
import { clearSession } from '../../src/hooks/useSession';
import { DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import { fakeTransport } from './fake-transport';
import Taro, { resetTaroDouble, taroCalls } from './taro-double';

const supervisor = {
  openid: 'demo-supervisor',
  person: { id: 'p2', name: '李敏' },
  roles: [{ role: 'township_supervisor', scope: { level: 'township', id: 't1', name: '城关镇' } }],
  villages: [],
};
const campaign = {
  id: 'c1',
  title: '驻村工作群众评价',
  organiser: '城关镇党委',
  status: 'open',
  state: 'running',
  from: '2026-11-10',
  to: '2026-12-10',
  targetPerVillage: 50,
  onePerHousehold: true,
  villages: [{ id: 'v1', name: '红旗村', answers: 35 }],
  answers: 35,
  createdByName: '李敏',
  canClose: true,
};
const rate = (positive: number, n: number, low: number, high: number) => ({ questionId: 'q1', positive, n, rate: positive / n, low, high, tooFew: n < 30 });

beforeEach(() => {
  resetTaroDouble();
  clearSession();
  Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-supervisor');
});

async function tap(text: string) {
  await act(async () => {
    fireEvent.click(screen.getAllByText(text)[0]);
  });
}

describe('supervisor survey pages', () => {
  it('lists campaigns with answers against the target and opens one', async () => {
    setTransport(fakeTransport({ 'session.whoami': { data: supervisor }, 'survey.listCampaigns': { data: { campaigns: [campaign] } } }).transport);
    render(<Surveys />);
    expect(await screen.findByText('驻村工作群众评价')).toBeTruthy();
    expect(screen.getByText('35 份 / 目标 50 份（1个村）')).toBeTruthy();
    expect(screen.getByText('进行中')).toBeTruthy();
    await tap('驻村工作群众评价');
    expect(taroCalls.navigateTo).toEqual(['/packages/supervisor/pages/surveys/detail?id=c1']);
    await tap('新建问卷');
    expect(taroCalls.navigateTo[1]).toBe('/packages/supervisor/pages/surveys/new');
  });

  it('shows rates with their 95% interval against the 60% target, and closes after a confirmation', async () => {
    window.history.replaceState(null, '', '/#/packages/supervisor/pages/surveys/detail?id=c1');
    const closes: unknown[] = [];
    const fake = fakeTransport({
      'survey.listCampaigns': { data: { campaigns: [campaign] } },
      'survey.results': {
        data: {
          campaign: { id: 'c1', title: '驻村工作群众评价', from: '2026-11-10', to: '2026-12-10', state: 'running' },
          awarenessMin: 0.6,
          minAnswers: 30,
          villages: [
            {
              villageId: 'v1',
              villageName: '红旗村',
              answers: 35,
              target: 50,
              tooFew: false,
              awareness: rate(29, 35, 0.673, 0.919),
              satisfaction: rate(30, 35, 0.705, 0.937),
              questions: [{ id: 'q1', title: '您知道本村的第一书记是谁吗？', kind: 'single', n: 35, counts: [{ label: '知道，能说出名字', count: 20 }], rate: null }],
            },
          ],
        },
      },
      'survey.closeCampaign': (input) => {
        closes.push(input);
        return { data: { id: 'c1', status: 'closed', closedAt: '2026-11-20T03:00:00.000Z' } };
      },
    });
    setTransport(fake.transport);
    render(<SurveyDetail />);
    expect(await screen.findByText('红旗村')).toBeTruthy();
    expect(screen.getByText('83%')).toBeTruthy();
    expect(screen.getByText(/29\/35人/)).toBeTruthy();
    expect(screen.getByText('95%区间 67%–92%').className).toContain('survey-ci--interval');
    expect(screen.getByText('达标')).toBeTruthy();
    await tap('分题统计 ›');
    expect(screen.getByText('知道，能说出名字')).toBeTruthy();
    await tap('结束调查');
    expect(closes).toHaveLength(0);
    await tap('确认结束？结束后村民不能再填写');
    expect(closes).toHaveLength(1);
  });

  it('creates a campaign from a template for the chosen villages and opens it', async () => {
    const sent: Record<string, unknown>[] = [];
    setTransport(
      fakeTransport({
        'org.villagePicker': {
          data: {
            scope: { level: 'township', name: '城关镇' },
            total: 2,
            townships: [{ id: 't1', name: '城关镇', villages: 2 }],
            whole: true,
            townshipId: null,
            villages: ['红旗村', '新民村'].map((name, i) => ({ id: `v${i + 1}`, name, townshipId: 't1' })),
          },
        },
        'survey.createCampaign': (input) => {
          sent.push(input as Record<string, unknown>);
          return { data: { id: 'c9', villages: 1 } };
        },
      }).transport,
    );
    render(<NewSurvey />);
    expect(await screen.findByText('新民村')).toBeTruthy();
    expect(screen.getByText('调查的村（已选2个）')).toBeTruthy();
    await tap('知晓率调查');
    await tap('新民村');
    expect(screen.getByText('调查的村（已选1个）')).toBeTruthy();
    await tap('创建并生成二维码');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ title: '驻村工作知晓情况调查', templateId: 'awareness', villageIds: ['v1'], targetPerVillage: 50, onePerHousehold: true });
    expect(sent[0].questions).toEqual(surveyTemplate('awareness')!.questions);
    expect(taroCalls.redirectTo).toEqual(['/packages/supervisor/pages/surveys/detail?id=c9']);
  }, 60000); // the question editors' pickers are slow to draw in jsdom
  it('picks villages township first in a large county: 全选本乡镇, one village left out, 取消本乡镇', async () => {
    const sent: Record<string, unknown>[] = [];
    const asked: unknown[] = [];
    const township = (n: number) => ({ id: `t${n}`, name: `第${n}镇`, villages: 30 });
    const villagesOf = (n: number) => Array.from({ length: 30 }, (_, i) => ({ id: `v${n}-${i + 1}`, name: `${n}镇${i + 1}村`, townshipId: `t${n}` }));
    const fake = fakeTransport({
      'org.villagePicker': (input) => {
        asked.push(input);
        const t = (input as { townshipId?: string }).townshipId;
        const n = t ? Number(t.slice(1)) : 0;
        return {
          data: {
            scope: { level: 'county', name: '测试县' },
            total: 6667,
            townships: t ? [township(n)] : Array.from({ length: 223 }, (_, i) => township(i + 1)),
            whole: false,
            townshipId: t ?? null,
            villages: t ? villagesOf(n) : [],
          },
        };
      },
      'survey.createCampaign': (input) => {
        sent.push(input as Record<string, unknown>);
        return { data: { id: 'c9', villages: 31 } };
      },
    });
    setTransport(fake.transport);
    render(<NewSurvey />);
    expect(await screen.findByText('测试县共6667个村，一次最多选200个村。请先点乡镇，再选村。')).toBeTruthy();
    // Nothing is chosen at first, and no village is listed before a township is opened.
    expect(screen.getByText('调查的村（已选0个）')).toBeTruthy();
    expect(screen.queryByText('全选本乡镇')).toBeNull();
    await tap('第2镇（30村）');
    expect(await screen.findByText('2镇1村')).toBeTruthy();
    expect(asked).toEqual([{}, { townshipId: 't2' }]);
    await tap('全选本乡镇');
    expect(screen.getByText('调查的村（已选30个）')).toBeTruthy();
    await tap('2镇5村'); // leave one out
    expect(screen.getByText('第2镇（已选29/30村）')).toBeTruthy();
    await tap('第7镇（30村）');
    expect(await screen.findByText('7镇3村')).toBeTruthy();
    await tap('7镇3村');
    await tap('7镇4村');
    expect(screen.getByText('调查的村（已选31个）')).toBeTruthy();
    await tap('取消本乡镇'); // 第7镇's two go, 第2镇's stay
    expect(screen.getByText('调查的村（已选29个）')).toBeTruthy();
    await tap('7镇3村');
    await tap('创建并生成二维码');
    expect(sent).toHaveLength(1);
    const ids = sent[0].villageIds as string[];
    expect(ids).toHaveLength(30);
    expect(ids).toContain('v7-3');
    expect(ids).not.toContain('v2-5');
    expect(ids.filter((id) => id.startsWith('v2-'))).toHaveLength(29);
    // More than one campaign takes: said before sending.
    expect(screen.queryByText('一次最多选200个村，请少选一些。')).toBeNull();
    for (const n of [10, 11, 12, 13, 14, 15]) {
      await tap(`第${n}镇（30村）`);
      expect(await screen.findByText(`${n}镇1村`)).toBeTruthy();
      await tap('全选本乡镇');
    }
    expect(screen.getByText('调查的村（已选210个）')).toBeTruthy();
    expect(screen.getByText('一次最多选200个村，请少选一些。')).toBeTruthy();
  }, 60000);
});
