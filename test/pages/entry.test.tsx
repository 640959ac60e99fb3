import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Index from '../../src/pages/index';
import { setTransport } from '../../src/services/client';
import { clearSession } from '../../src/hooks/useSession';
import { DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import { fakeTransport } from './fake-transport';
import Taro, { resetTaroDouble, taroCalls } from './taro-double';

const admin = {
  openid: 'demo-admin',
  person: { id: 'p1', name: '王立新' },
  roles: [{ role: 'county_admin', scope: { level: 'county', id: 'c1', name: '青山县' } }],
  villages: [],
};

beforeEach(() => {
  resetTaroDouble();
  clearSession();
  setTransport(null);
});

describe('entry page', () => {
  it('asks local users to pick a demo identity, then routes the admin to the villages overview', async () => {
    const fake = fakeTransport({ 'session.whoami': { data: admin } });
    setTransport(fake.transport);
    render(<Index />);

    expect(screen.getByText('选择体验身份')).toBeTruthy();
    for (const label of ['县级管理员', '乡镇督导', '第一书记', '驻村工作队员', '村民，无角色']) {
      expect(screen.getByText(label)).toBeTruthy();
    }
    expect(fake.calls).toHaveLength(0);

    await act(async () => {
      fireEvent.click(screen.getByText('县级管理员'));
    });
    expect(Taro.getStorageSync(DEMO_OPENID_KEY)).toBe('demo-admin');
    await waitFor(() => expect(taroCalls.redirectTo).toEqual(['/packages/supervisor/pages/villages/index']));
    expect(fake.calls[0].action).toBe('session.whoami');
  });

  it('shows the invitation form to someone without a roster record', async () => {
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-villager');
    const fake = fakeTransport({
      'session.whoami': { data: { openid: 'demo-villager', person: null, roles: [], villages: [] } },
      'invite.redeem': { error: { code: 'INVITE_INVALID', message: '邀请码无效或已过期，请向县委组织部重新申请。' } },
    });
    setTransport(fake.transport);
    render(<Index />);

    expect(await screen.findByText('输入邀请码')).toBeTruthy();
    expect(screen.getByText(/村民不用注册/)).toBeTruthy();
    expect(screen.getByText('切换身份')).toBeTruthy();
  });

  it('says what went wrong and retries', async () => {
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-fs');
    let fail = true;
    const fake = fakeTransport({
      'session.whoami': () =>
        fail
          ? 'network'
          : {
              data: { ...admin, openid: 'demo-fs', roles: [{ role: 'first_secretary', scope: { level: 'village', id: 'v1', name: '石桥村' } }] },
            },
    });
    setTransport(fake.transport);
    render(<Index />);

    expect(await screen.findByText('网络不通，请稍后再试。')).toBeTruthy();
    fail = false;
    await act(async () => {
      fireEvent.click(screen.getByText('重试'));
    });
    await waitFor(() => expect(taroCalls.redirectTo).toEqual(['/pages/cadre/index']));
  });
});
