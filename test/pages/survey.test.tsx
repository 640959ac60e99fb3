import { act, fireEvent, render, screen } from '@testing-library/react';
import SurveyPage from '../../src/packages/survey/pages/index';
import { surveyTemplate } from '../../src/core/survey/templates';
import { setTransport } from '../../src/services/client';
import { DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import { fakeTransport, type Reply } from './fake-transport';
import Taro, { resetTaroDouble } from './taro-double';
import { typeInto } from './type-into';

const SCENE = 'Abc123_-Abc123_-Abc123_-';
const survey = {
  campaignTitle: '驻村工作群众知晓率和满意度调查',
  organiser: '城关镇党委',
  villageName: '红旗村',
  to: '2026-12-10',
  onePerHousehold: true,
  questions: surveyTemplate('combined')!.questions,
};

beforeEach(() => {
  resetTaroDouble();
  window.history.replaceState(null, '', `/#/packages/survey/pages/index/index?scene=${SCENE}`);
});

async function tap(text: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getAllByText(text)[0]);
  });
}

describe('villager survey page', () => {
  it('says who asks and that it is anonymous, one question per screen, resends the same request after a lost connection, thanks', async () => {
    const submits: { clientRequestId: string; answers: unknown; household: unknown }[] = [];
    let online = false;
    const fake = fakeTransport({
      'survey.open': { data: survey },
      'survey.submit': (input): Reply => {
        submits.push(input as (typeof submits)[number]);
        return online ? { data: { received: true, message: '提交成功，感谢您的参与！' } } : 'network';
      },
    });
    setTransport(fake.transport);
    const { container } = render(<SurveyPage />);
    expect(await screen.findByText('开始答题')).toBeTruthy();
    expect(screen.getByText('城关镇党委')).toBeTruthy();
    expect(screen.getByText('答案是匿名的，不会告诉任何人是谁填的。')).toBeTruthy();
    // One answer per household: the first screen says why 户主姓名 is asked and how it is kept.
    expect(screen.getByText('为防止一户重复答题，会请您填户主姓名；只保存为无法还原的编码，不保存姓名。')).toBeTruthy();
    expect(screen.queryByText(/不用填名字/)).toBeNull();
    // Local (H5) mode: this browser answers as a demo villager of its own.
    expect(Taro.getStorageSync(DEMO_OPENID_KEY)).toMatch(/^demo-villager-[0-9a-f]{16}$/);
    await tap('开始答题');

    // Household first: refused until both fields make sense.
    await tap('下一步');
    expect(screen.getByText('请填写户主姓名（2到10个字）')).toBeTruthy();
    await typeInto(() => container.querySelectorAll('input')[0], '王大明');
    await typeInto(() => container.querySelectorAll('input')[1], '第五组');
    await tap('下一步');

    expect(screen.getByText('第1题 / 共6题')).toBeTruthy();
    await tap('下一题');
    expect(screen.getByText('请先选择一个答案')).toBeTruthy();
    await tap('不知道'); // skips question 2
    await tap('下一题');
    expect(screen.getByText('第3题 / 共6题')).toBeTruthy();
    await tap('上一题');
    expect(screen.getByText('第1题 / 共6题')).toBeTruthy();
    await tap('知道，能说出名字');
    await tap('下一题');
    expect(screen.getByText('第2题 / 共6题')).toBeTruthy();
    await tap('走访过');
    await tap('下一题');
    await tap('知道');
    await tap('下一题');
    await tap('满意');
    await tap('下一题');
    await tap(/^5分/);
    await tap('下一题');
    await typeInto(() => container.querySelector('textarea'), '希望多来村里');
    await tap('提交');

    expect(await screen.findByText('网络不通，答案已保存在手机上，有网后会自动提交。')).toBeTruthy();
    const kept = Taro.getStorageSync(`zhucun.survey.${SCENE}`) as { pending: { clientRequestId: string } };
    expect(kept.pending.clientRequestId).toBe(submits[0].clientRequestId);

    online = true;
    await tap('再试一次');
    expect(await screen.findByText('谢谢您！')).toBeTruthy();
    expect(submits).toHaveLength(2);
    expect(submits[1].clientRequestId).toBe(submits[0].clientRequestId);
    expect(submits[1].answers).toEqual({ q1: 0, q2: 0, q3: 0, s1: 0, s2: 5, s3: '希望多来村里' });
    expect(submits[1].household).toEqual({ head: '王大明', group: '第五组' });
    expect((Taro.getStorageSync(`zhucun.survey.${SCENE}`) as { done: boolean }).done).toBe(true);
  });

  it('answers kept on the phone are sent on the next opening, without asking again', async () => {
    Taro.setStorageSync(`zhucun.survey.${SCENE}`, { survey, answers: {}, history: [], household: { head: '', group: '' }, done: false, pending: { clientRequestId: 'sv-kept-0001', answers: { q1: 2, q3: 0, s1: 3 } } });
    const fake = fakeTransport({ 'survey.submit': { data: { received: true, message: '提交成功，感谢您的参与！' } } });
    setTransport(fake.transport);
    render(<SurveyPage />);
    expect(await screen.findByText('谢谢您！')).toBeTruthy();
    expect(fake.calls.map((c) => c.action)).toEqual(['survey.submit']);
    expect((fake.calls[0].data as { clientRequestId: string }).clientRequestId).toBe('sv-kept-0001');
  });

  it('a closed campaign or an answered one gets a friendly message', async () => {
    setTransport(fakeTransport({ 'survey.open': { error: { code: 'SURVEY_CLOSED', message: '这次调查已经结束，感谢您的关心。' } } }).transport);
    const { unmount } = render(<SurveyPage />);
    expect(await screen.findByText('这次调查已经结束，感谢您的关心。')).toBeTruthy();
    expect(screen.getByText('暂时不能填写')).toBeTruthy();
    unmount();
    setTransport(fakeTransport({ 'survey.open': { error: { code: 'ALREADY_ANSWERED', message: '您已经答过这份问卷了，感谢参与。' } } }).transport);
    render(<SurveyPage />);
    expect(await screen.findByText(/您已经答过这份问卷了，感谢参与。/)).toBeTruthy();
  });

  it('without one answer per household it asks for no name at all', async () => {
    setTransport(fakeTransport({ 'survey.open': { data: { ...survey, onePerHousehold: false } } }).transport);
    render(<SurveyPage />);
    expect(await screen.findByText('不用填名字，答案是匿名的，不会告诉任何人是谁填的。')).toBeTruthy();
    expect(screen.queryByText(/户主姓名/)).toBeNull();
  });

  it('keeps the demo villager identity this browser already has', async () => {
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-villager-00aa11bb22cc33dd');
    setTransport(fakeTransport({ 'survey.open': { data: survey } }).transport);
    render(<SurveyPage />);
    expect(await screen.findByText('开始答题')).toBeTruthy();
    expect(Taro.getStorageSync(DEMO_OPENID_KEY)).toBe('demo-villager-00aa11bb22cc33dd');
  });

  it('without a scene it asks to scan the code', async () => {
    window.history.replaceState(null, '', '/#/packages/survey/pages/index/index');
    setTransport(fakeTransport({}).transport);
    render(<SurveyPage />);
    expect(await screen.findByText('请用微信扫描村里张贴的问卷二维码。')).toBeTruthy();
  });
});
