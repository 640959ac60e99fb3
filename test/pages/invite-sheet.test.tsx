import { render, screen } from '@testing-library/react';
import InviteSheet from '../../src/packages/supervisor/pages/invites';
import { setTransport } from '../../src/services/client';
import { fakeTransport } from './fake-transport';
import { signInEachTestAs } from './page-helpers';
import Taro from './taro-double';

const admin = { openid: 'demo-admin', person: { id: 'p9', name: '周敏' }, roles: [{ role: 'county_admin', scope: { level: 'county', id: 'c1', name: '青山县' } }], villages: [] };
const item = (personName: string, code: string, placeName = '石桥村', roleLabel = '第一书记') => ({ personId: `p_${code}`, personName, roleLabel, placeName, code, expiresAt: '2026-12-18T03:00:00.000Z' });

signInEachTestAs('demo-admin');

describe('邀请码打印单', () => {
  it("asks for the township's codes and lists each person with their own code and how to use it", async () => {
    (Taro as unknown as { getCurrentInstance: () => unknown }).getCurrentInstance = () => ({ router: { params: { townshipId: 't1' } } });
    const fake = fakeTransport({
      'session.whoami': { data: admin },
      'invite.bulk': { data: { scopeName: '河口镇', items: [item('张华', 'K7M2Q9XA'), item('李敏', 'P3R8T2WZ', '河口镇', '乡镇督导')] } },
    });
    setTransport(fake.transport);
    render(<InviteSheet />);
    expect(await screen.findByText('“驻村”小程序邀请码 · 河口镇')).toBeTruthy();
    expect(fake.calls.find((c) => c.action === 'invite.bulk')?.data).toMatchObject({ townshipId: 't1' });
    expect(screen.getByText('K7M2Q9XA')).toBeTruthy();
    expect(screen.getByText('P3R8T2WZ')).toBeTruthy();
    expect(screen.getByText('河口镇 · 乡镇督导')).toBeTruthy();
    expect(screen.getByText(/每个码只能用一次，12月18日前有效/)).toBeTruthy();
    expect(screen.getByText('打印（A4）')).toBeTruthy();
  });
});
