import { act, fireEvent, render, screen } from '@testing-library/react';
import CountyHome from '../../src/packages/supervisor/pages/county';
import { setTransport } from '../../src/services/client';
import { clearSession } from '../../src/hooks/useSession';
import { DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import { pickXlsxFile } from '../../src/services/files';
import { setUploader, type Uploader } from '../../src/services/upload';
import { fakeTransport, type Reply } from './fake-transport';
import Taro, { resetTaroDouble } from './taro-double';

jest.mock('../../src/services/files', () => ({
  downloadBase64: jest.fn(async () => undefined),
  pickXlsxFile: jest.fn(async () => ({ name: '名册.xlsx', size: 8, blob: new Blob(['PK\x03\x04']) })),
}));

/** The upload swapped for a fake: records each cloud path and answers a local fileId (or fails). */
function fakeUploader(fail?: string) {
  const paths: string[] = [];
  const uploader: Uploader = async (_file, cloudPath) => {
    paths.push(cloudPath);
    if (fail) throw new Error(fail);
    return 'local:uploads/abc123.xlsx';
  };
  setUploader(uploader);
  return paths;
}

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
  (pickXlsxFile as jest.Mock).mockClear();
});
afterEach(() => setUploader(null));

describe('county admin roster import', () => {
  it('lists the sheet/row errors of an IMPORT_INVALID answer', async () => {
    const uploads = fakeUploader();
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
    expect(pickXlsxFile).toHaveBeenCalledTimes(1);
    // The file went to storage under the county's folder first; the import got only its fileId.
    expect(uploads).toEqual([expect.stringMatching(/^roster\/c1\/\d+-[a-z0-9]+\.xlsx$/)]);
    expect(fake.calls.find((c) => c.action === 'roster.import')?.data).toEqual({ fileId: 'local:uploads/abc123.xlsx' });
  });

  it('reports the counts and reloads the roster on success', async () => {
    fakeUploader();
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

  it('shows why an upload failed and does not import', async () => {
    fakeUploader('文件上传失败，请检查网络后重试。');
    const fake = setup({ data: {} });
    expect(await screen.findByText('名册导入')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('上传填好的名册'));
    });
    expect(await screen.findByText('文件上传失败，请检查网络后重试。')).toBeTruthy();
    expect(fake.calls.some((c) => c.action === 'roster.import')).toBe(false);
  });

  it('refuses a file above 20 MB before uploading it', async () => {
    const uploads = fakeUploader();
    (pickXlsxFile as jest.Mock).mockResolvedValueOnce({ name: '大文件.xlsx', size: 21 * 1024 * 1024, blob: new Blob(['x']) });
    const fake = setup({ data: {} });
    expect(await screen.findByText('名册导入')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('上传填好的名册'));
    });
    expect(await screen.findByText(/文件太大（超过20MB）/)).toBeTruthy();
    expect(uploads).toEqual([]);
    expect(fake.calls.some((c) => c.action === 'roster.import')).toBe(false);
  });

  it('does nothing when the picker is cancelled', async () => {
    const uploads = fakeUploader();
    (pickXlsxFile as jest.Mock).mockResolvedValueOnce(null);
    const fake = setup({ data: {} });
    expect(await screen.findByText('名册导入')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('上传填好的名册'));
    });
    expect(uploads).toEqual([]);
    expect(fake.calls.some((c) => c.action === 'roster.import')).toBe(false);
  });
});
