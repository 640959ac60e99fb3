import { act, fireEvent, render, screen } from '@testing-library/react';
import CountyHome from '../../src/packages/supervisor/pages/county';
import { setTransport } from '../../src/services/client';
import { clearSession } from '../../src/hooks/useSession';
import { DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import { pickXlsxBase64 } from '../../src/services/files';
import { fakeTransport, type Reply } from './fake-transport';
import Taro, { resetTaroDouble } from './taro-double';

jest.mock('../../src/services/files', () => ({
  downloadBase64: jest.fn(async () => undefined),
  pickXlsxBase64: jest.fn(async () => 'UEsDBAo='),
}));

const admin = {
  openid: 'demo-admin',
  person: { id: 'p9', name: '王芳' },
  roles: [{ role: 'county_admin', scope: { level: 'county', id: 'c1', name: '青山县' } }],
  villages: [],
};
const overview = {
  county: { id: 'c1', name: '青山县' },
  counts: { townships: 1, villages: 1, units: 1, people: 1, bound: 1, households: 0 },
  townships: [{ id: 't1', name: '河口镇', villages: 1 }],
  people: [{ id: 'p1', code: 'A1', name: '张华', unitName: '市科技局', roles: [], bound: true }],
};

function setup(importReply: Reply) {
  const fake = fakeTransport({
    'session.whoami': { data: admin },
    'roster.overview': { data: overview },
    'invite.list': { data: [] },
    'roster.import': importReply,
  });
  setTransport(fake.transport);
  render(<CountyHome />);
  return fake;
}

beforeEach(() => {
  resetTaroDouble();
  clearSession();
  Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-admin');
  (pickXlsxBase64 as jest.Mock).mockClear();
});

describe('county admin roster import', () => {
  it('lists the sheet/row errors of an IMPORT_INVALID answer', async () => {
    const fake = setup({
      error: {
        code: 'IMPORT_INVALID',
        message: '表格中有错误，请按提示改正后重新上传，本次没有导入任何数据。',
        details: [
          { sheet: '人员表', row: 3, message: '手机号应为11位数字' },
          { sheet: '村表', row: 5, message: '所属乡镇不存在' },
        ],
      },
    } as Reply);
    expect(await screen.findByText('名册导入')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('上传填好的名册'));
    });
    expect(await screen.findByText('表格中有错误，请按提示改正后重新上传，本次没有导入任何数据。')).toBeTruthy();
    expect(screen.getByText('人员表第3行：手机号应为11位数字')).toBeTruthy();
    expect(screen.getByText('村表第5行：所属乡镇不存在')).toBeTruthy();
    expect(pickXlsxBase64).toHaveBeenCalledTimes(1);
    expect(fake.calls.find((c) => c.action === 'roster.import')?.data).toEqual({ base64: 'UEsDBAo=' });
  });

  it('reports the counts and reloads the roster on success', async () => {
    const fake = setup({
      data: {
        created: { townships: 0, villages: 1, units: 0, people: 2, households: 30 },
        updated: { townships: 0, villages: 0, units: 0, people: 1, households: 4 },
      },
    });
    expect(await screen.findByText('名册导入')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('上传填好的名册'));
    });
    expect(await screen.findByText(/导入成功：新增2人，更新1人/)).toBeTruthy();
    expect(screen.getByText(/新增30户农户，更新4户。$/)).toBeTruthy();
    expect(fake.calls.filter((c) => c.action === 'roster.overview')).toHaveLength(2);
  });
});
