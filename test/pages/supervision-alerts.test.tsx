import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Alerts from '../../src/packages/supervisor/pages/alerts';
import Inbox from '../../src/packages/inbox/pages/index';
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

const alert = {
  id: 'coverage-gap:v2:2026-11-17',
  kind: 'coverage-gap',
  kindLabel: '无人在村',
  level: 'township',
  day: '2026-11-17',
  text: '新民村11月17日工作队3人都不在村（无人打卡）',
  status: 'open',
  villageId: 'v2',
  villageName: '新民村',
  townshipName: '城关镇',
  personId: null,
  personName: null,
  raisedAt: '2026-11-18T01:00:00.000Z',
  ageDays: 2,
  escalatedAt: null,
  ackAt: null,
  ackByName: null,
  ackNote: null,
};

beforeEach(() => {
  resetTaroDouble();
  clearSession();
  Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-supervisor');
});

describe('alerts inbox', () => {
  it('shows open alerts with village and age, and acknowledges with a note', async () => {
    let acked = false;
    const fake = fakeTransport({
      'session.whoami': { data: supervisor },
      'alerts.list': () => ({ data: acked ? { open: 0, items: [] } : { open: 1, items: [alert] } }),
      'alerts.ack': () => {
        acked = true;
        return { data: { ...alert, status: 'acknowledged', ackNote: '已电话联系', ackByName: '李敏' } };
      },
    });
    setTransport(fake.transport);
    render(<Alerts />);
    expect(await screen.findByText(alert.text)).toBeTruthy();
    expect(screen.getByText('城关镇 · 新民村')).toBeTruthy();
    expect(screen.getByText('2天前')).toBeTruthy();
    expect(screen.getByText('待处理（1）')).toBeTruthy();
    await waitFor(() => expect(document.querySelector('textarea')).toBeTruthy());
    const box = document.querySelector('textarea') as HTMLTextAreaElement;
    await act(async () => {
      fireEvent.input(box, { target: { value: '已电话联系' }, detail: { value: '已电话联系' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByText('标记已处理'));
    });
    expect(await screen.findByText('没有待处理的预警。')).toBeTruthy();
    const ack = fake.calls.find((c) => c.action === 'alerts.ack');
    expect(ack?.data).toMatchObject({ alertId: alert.id, note: '已电话联系' });
  });
});

describe('message centre', () => {
  it('lists messages, opens one (marking it read) and marks all read', async () => {
    const fake = fakeTransport({
      'session.whoami': { data: supervisor },
      'messages.list': {
        data: {
          unread: 1,
          items: [
            { id: 'm1', kind: 'clock-in-reminder', day: '2026-11-20', title: '驻村打卡提醒', body: '今天还没有驻村记录', page: '/pages/cadre/index', createdAt: '2026-11-20T02:00:00.000Z', readAt: null },
          ],
        },
      },
      'messages.read': { data: { unread: 0 } },
    });
    setTransport(fake.transport);
    render(<Inbox />);
    expect(await screen.findByText('驻村打卡提醒')).toBeTruthy();
    expect(screen.getByText('11月20日 10:00')).toBeTruthy();
    expect(screen.getByText('1条未读')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('今天还没有驻村记录'));
    });
    expect(fake.calls.find((c) => c.action === 'messages.read')?.data).toEqual({ id: 'm1' });
    expect(taroCalls.navigateTo).toEqual(['/pages/cadre/index']);
    await act(async () => {
      fireEvent.click(screen.getByText('全部标为已读'));
    });
    expect(fake.calls.filter((c) => c.action === 'messages.read').map((c) => c.data)).toEqual([{ id: 'm1' }, {}]);
  });
});
