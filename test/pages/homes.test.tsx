import { act, fireEvent, render, screen } from '@testing-library/react';
import VillagesToday from '../../src/packages/supervisor/pages/villages';
import CountyHome from '../../src/packages/supervisor/pages/county';
import { setTransport } from '../../src/services/client';
import { clearSession } from '../../src/hooks/useSession';
import { DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import { fakeTransport } from './fake-transport';
import Taro, { resetTaroDouble, taroCalls } from './taro-double';

const supervisor = {
  openid: 'demo-supervisor',
  person: { id: 'p2', name: '李敏' },
  roles: [{ role: 'township_supervisor', scope: { level: 'township', id: 't1', name: '河口镇' } }],
  villages: [],
};

beforeEach(() => {
  resetTaroDouble();
  clearSession();
  Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-supervisor');
});

describe('supervisor home', () => {
  it("lists the township's villages with today's presence", async () => {
    const fake = fakeTransport({
      'session.whoami': { data: supervisor },
      'org.villagesToday': {
        data: {
          day: '2026-11-23',
          scope: { level: 'township', id: 't1', name: '河口镇' },
          villages: [
            { id: 'v1', name: '石桥村', townshipName: '河口镇', cadres: 3, presentToday: 3, firstSecretary: '张华', monthPresenceRate: 0.9 },
            { id: 'v2', name: '柳塘村', townshipName: '河口镇', cadres: 2, presentToday: 0, firstSecretary: null, monthPresenceRate: 0.5 },
          ],
        },
      },
    });
    setTransport(fake.transport);
    render(<VillagesToday />);

    expect(await screen.findByText('石桥村')).toBeTruthy();
    expect(screen.getByText('今日在村 3/3')).toBeTruthy();
    expect(screen.getByText('今日在村 0/2')).toBeTruthy();
    expect(screen.getByText('张华')).toBeTruthy();
    expect(screen.getByText('90%')).toBeTruthy();
    expect(screen.getByText('未设')).toBeTruthy();
    // Bottom nav for a supervisor: 各村 and 我的.
    await act(async () => {
      fireEvent.click(screen.getByText('我的'));
    });
    expect(taroCalls.redirectTo).toEqual(['/pages/me/index']);
  });

  it('shows the server error in Chinese with 重试', async () => {
    const fake = fakeTransport({
      'session.whoami': { data: supervisor },
      'org.villagesToday': { error: { code: 'FORBIDDEN', message: '您没有权限做这件事。' } },
    });
    setTransport(fake.transport);
    render(<VillagesToday />);
    expect(await screen.findByText('您没有权限做这件事。')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
  });
});

describe('county admin home', () => {
  it('shows the roster and makes an invitation code for an unbound person', async () => {
    const fake = fakeTransport({
      'session.whoami': { data: { ...supervisor, roles: [{ role: 'county_admin', scope: { level: 'county', id: 'c1', name: '青山县' } }] } },
      'roster.overview': {
        data: {
          county: { id: 'c1', name: '青山县' },
          counts: { townships: 1, villages: 2, units: 1, people: 2, bound: 1 },
          townships: [{ id: 't1', name: '河口镇', villages: 2 }],
          people: [
            { id: 'p1', code: 'A1', name: '张华', unitName: '市科技局', roles: [{ role: 'first_secretary', scopeName: '石桥村' }], bound: true },
            { id: 'p3', code: 'A2', name: '赵强', unitName: '市科技局', roles: [{ role: 'team_member', scopeName: '石桥村' }], bound: false },
          ],
        },
      },
      'invite.list': { data: [] },
      'invite.create': (input) => ({
        data: { code: 'K7M2Q9XA', personId: (input as { personId: string }).personId, personName: '赵强', expiresAt: '2026-11-30T00:00:00+08:00' },
      }),
    });
    setTransport(fake.transport);
    render(<CountyHome />);

    expect(await screen.findByText('青山县')).toBeTruthy();
    expect(screen.getByText('已绑定')).toBeTruthy();
    expect(await screen.findByText('还没有发过邀请码。')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('未绑定 · 发邀请码'));
    });
    expect(await screen.findByText('K7M2Q9XA')).toBeTruthy();
    expect(fake.calls.find((c) => c.action === 'invite.create')?.data).toEqual({ personId: 'p3', validDays: 7 });
  });
});
