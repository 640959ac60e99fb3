import { act, fireEvent, render, screen } from '@testing-library/react';
import Feedback from '../../src/packages/feedback/pages/index';
import FeedbackAdmin from '../../src/packages/supervisor/pages/feedback';
import { setTransport } from '../../src/services/client';
import { clearSession } from '../../src/hooks/useSession';
import { DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import { fakeTransport } from './fake-transport';
import Taro, { resetTaroDouble } from './taro-double';
import { typeInto } from './type-into';

const villager = { openid: 'demo-villager', person: null, roles: [], villages: [] };
const admin = {
  openid: 'demo-admin',
  person: { id: 'p1', name: '周振华' },
  roles: [{ role: 'county_admin', scope: { level: 'county', id: 'c1', name: '长沙县' } }],
  villages: [],
};
const townships = [{ townshipName: '城关镇', villages: [{ id: 'v1', name: '红旗村' }, { id: 'v2', name: '新民村' }] }];
const counties = [
  { id: 'c1', name: '长沙县' },
  { id: 'c2', name: '云溪县' },
];
/** A villager's places: the counties, then the chosen county's villages. */
const villagerPlaces = (input: unknown) => {
  const countyId = (input as { countyId?: string }).countyId ?? null;
  return { data: { counties, countyId, townships: countyId === 'c1' ? townships : [] } };
};
const places = { counties: [], countyId: 'c1', townships };

beforeEach(() => {
  resetTaroDouble();
  clearSession();
});

describe('投诉建议 (anyone)', () => {
  it('a villager picks the village, writes, sends anonymously; the answer shows under 我的反映', async () => {
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-villager');
    const fake = fakeTransport({
      'session.whoami': { data: villager },
      'feedback.places': villagerPlaces,
      'feedback.mine': {
        data: [
          {
            id: 'f0',
            kind: 'complaint',
            text: '村口路灯坏了。',
            anonymous: false,
            villageName: '红旗村',
            status: 'replied',
            createdAt: '2026-11-19T02:00:00Z',
            reply: '已安排本周修好。',
            repliedAt: '2026-11-19T06:00:00Z',
          },
        ],
      },
      'feedback.submit': { data: { id: 'f1', status: 'open' } },
    });
    setTransport(fake.transport);
    const { container } = render(<Feedback />);
    expect(await screen.findByText('已安排本周修好。')).toBeTruthy();
    expect(screen.getByText('已答复')).toBeTruthy();
    // First the county; the villages come once it is chosen.
    expect(await screen.findByText('先选择所在的县（区）')).toBeTruthy();
    expect(screen.queryByText('选择所在的村（必选）')).toBeNull();

    await act(async () => {
      fireEvent.click(container.querySelectorAll('.chip')[1]); // 投诉
      fireEvent.click(screen.getByText('匿名'));
    });
    expect(screen.getByText(/县里看不到您的姓名和联系方式/)).toBeTruthy();
    await typeInto(() => container.querySelector('textarea'), '帮扶资金公示栏半年没有更新。');
    // No village yet: 提交 stays disabled, nothing is sent.
    await act(async () => {
      fireEvent.click(screen.getByText('提交'));
    });
    expect(fake.calls.some((c) => c.action === 'feedback.submit')).toBe(false);
    // Choose the county, then the village, through the pickers' change events.
    const choose = async (picker: Element, value: number) =>
      act(async () => {
        picker.dispatchEvent(Object.assign(new Event('change', { bubbles: true }), { detail: { value } }));
      });
    await choose(container.querySelector('taro-picker-core')!, 0);
    expect(await screen.findByText('选择所在的村（必选）')).toBeTruthy();
    expect(container.querySelector('.fb-picker')?.textContent).toContain('长沙县');
    expect(fake.calls.find((c) => c.action === 'feedback.places' && (c.data as { countyId?: string }).countyId === 'c1')).toBeTruthy();
    await choose(container.querySelectorAll('taro-picker-core')[1], 1);
    expect((await screen.findAllByText('城关镇 · 新民村')).length).toBeGreaterThan(0);
    await act(async () => {
      fireEvent.click(screen.getByText('提交'));
    });
    const sent = fake.calls.find((c) => c.action === 'feedback.submit')?.data as Record<string, unknown>;
    expect(sent).toMatchObject({ kind: 'complaint', text: '帮扶资金公示栏半年没有更新。', anonymous: true, villageId: 'v2' });
    expect(sent.contact).toBeUndefined();
    expect(String(sent.clientRequestId).length).toBeGreaterThanOrEqual(8);
    expect(await screen.findByText('已提交，县委组织部会尽快答复。')).toBeTruthy();
  });

  it('shows the server refusal in Chinese', async () => {
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-admin');
    const fake = fakeTransport({
      'session.whoami': { data: admin },
      'feedback.places': { data: places },
      'feedback.mine': { data: [] },
      'feedback.submit': { error: { code: 'RATE_LIMITED', message: '每天最多提交5条投诉建议，请明天再提交。' } },
    });
    setTransport(fake.transport);
    const { container } = render(<Feedback />);
    expect(await screen.findByText('还没有提交过。')).toBeTruthy();
    expect(screen.getByText('涉及哪个村（可不选）')).toBeTruthy();
    await typeInto(() => container.querySelector('textarea'), '建议把日志模板做得更简单。');
    await act(async () => {
      fireEvent.click(screen.getByText('提交'));
    });
    expect(await screen.findByText('每天最多提交5条投诉建议，请明天再提交。')).toBeTruthy();
  });
});

describe('投诉建议处理 (county admin)', () => {
  it('lists items (anonymous without identity), answers and closes one', async () => {
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-admin');
    let closed = false;
    const item = (id: string, anonymous: boolean) => ({
      id,
      kind: anonymous ? 'complaint' : 'suggestion',
      text: anonymous ? '第一书记很少在村。' : '建议增加农技培训。',
      anonymous,
      villageName: '红旗村',
      townshipName: '城关镇',
      status: 'open',
      createdAt: '2026-11-19T02:00:00Z',
      reply: null,
      repliedAt: null,
      submitter: anonymous ? null : { name: '王建国', contact: '13900001111' },
    });
    const fake = fakeTransport({
      'session.whoami': { data: admin },
      'feedback.list': () => ({ data: { open: closed ? 1 : 2, more: false, items: closed ? [item('b', false)] : [item('a', true), item('b', false)] } }),
      'feedback.reply': () => {
        closed = true;
        return { data: { id: 'a', status: 'closed' } };
      },
    });
    setTransport(fake.transport);
    const { container } = render(<FeedbackAdmin />);
    expect(await screen.findByText('第一书记很少在村。')).toBeTruthy();
    expect(screen.getByText('投诉建议（待答复2）')).toBeTruthy();
    expect(screen.getByText(/· 匿名$/)).toBeTruthy();
    expect(screen.getByText(/王建国（13900001111）/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getAllByText('答复 ›')[0]);
    });
    await typeInto(() => container.querySelector('textarea'), '已约谈，本月起每周抽查。');
    await act(async () => {
      fireEvent.click(screen.getByText('答复并办结'));
    });
    expect(fake.calls.find((c) => c.action === 'feedback.reply')?.data).toMatchObject({ id: 'a', reply: '已约谈，本月起每周抽查。', close: true });
    expect(await screen.findByText('投诉建议（待答复1）')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('已办结'));
    });
    expect(fake.calls.filter((c) => c.action === 'feedback.list').map((c) => c.data)).toContainEqual({ status: 'closed' });
  });
});
