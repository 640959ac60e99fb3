import { act, fireEvent, render, screen } from '@testing-library/react';
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

// The supervisor's home (各村 dashboard) is tested in dashboard.test.tsx.

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
    expect(screen.getAllByText('已绑定')).toHaveLength(2); // 张华's tag and the filter chip
    expect(await screen.findByText('还没有发过邀请码。')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('发邀请码'));
    });
    // The code shows at the tapped person's row, not at the top of the page.
    const code = await screen.findByText('K7M2Q9XA');
    const row = code.closest('.stack')!;
    expect(row.textContent).toContain('赵强');
    expect(row.textContent).not.toContain('张华');
    expect(fake.calls.find((c) => c.action === 'invite.create')?.data).toEqual({ personId: 'p3', validDays: 7 });

    // Search and filter: by name or place, and 未绑定 only.
    await act(async () => {
      fireEvent.click(screen.getByText('未绑定'));
    });
    expect(screen.queryByText('张华')).toBeNull();
    expect(screen.getByText('赵强')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('全部'));
    });
    await act(async () => {
      fireEvent.input(document.querySelector('input')!, { target: { value: '张 华' } });
    });
    expect(screen.getByText('张华')).toBeTruthy();
    expect(screen.queryByText('赵强')).toBeNull();

    // A township's printed sheet of codes.
    await act(async () => {
      fireEvent.click(screen.getByText('打印邀请码 ›'));
    });
    expect(taroCalls.navigateTo).toEqual(['/packages/supervisor/pages/invites/index?townshipId=t1']);
  });
});
