import { cloudServices, type WxCloud } from '../../cloudfunctions/common/cloud-services';
import { FileMissing } from '../../cloudfunctions/common/services';

/** A WeChat cloud whose every call fails, with the given calls in place. */
function wxCloud(calls: Partial<Omit<WxCloud, 'openapi'>>): WxCloud {
  const unexpected = async (): Promise<never> => {
    throw new Error('unexpected call');
  };
  return {
    uploadFile: unexpected,
    getTempFileURL: unexpected,
    downloadFile: unexpected,
    deleteFile: unexpected,
    openapi: { wxacode: { getUnlimited: unexpected }, subscribeMessage: { send: unexpected } },
    ...calls,
  };
}

function fakeCloud() {
  const calls: string[][] = [];
  const cloud = wxCloud({
    getTempFileURL: async ({ fileList }) => {
      calls.push(fileList);
      // WeChat leaves out nothing, but answer the last one empty to check the fallback.
      return { fileList: fileList.map((id) => ({ tempFileURL: id === 'cloud://f119' ? '' : `https://tmp/${id.slice(8)}` })) };
    },
  });
  return { cloud, calls };
}

describe('cloud file URLs', () => {
  it('asks for temporary URLs in batches of 50, answering in the order asked', async () => {
    const { cloud, calls } = fakeCloud();
    const ids = Array.from({ length: 120 }, (_, i) => `cloud://f${i}`);
    const urls = await cloudServices(cloud).files.urls(ids);
    expect(calls.map((c) => c.length)).toEqual([50, 50, 20]);
    expect(urls).toHaveLength(120);
    expect(urls[0]).toBe('https://tmp/f0');
    expect(urls[77]).toBe('https://tmp/f77');
    expect(urls[119]).toBe('');
  });

  it('makes no call for no files', async () => {
    const { cloud, calls } = fakeCloud();
    expect(await cloudServices(cloud).files.urls([])).toEqual([]);
    expect(calls).toEqual([]);
  });
});

describe('cloud file reads', () => {
  const cloud = wxCloud({
    downloadFile: async ({ fileID }) => {
      if (fileID === 'cloud://env/roster/c/a.xlsx') return { fileContent: Buffer.from('PK') };
      if (fileID === 'cloud://env/roster/c/down.xlsx') throw Object.assign(new Error('network down'), { errCode: -1 });
      throw Object.assign(new Error('downloadFile:fail -503003 STORAGE_FILE_NONEXIST'), { errCode: -503003 });
    },
  });

  it('downloads by fileID; a missing file is FileMissing, other failures stay errors', async () => {
    const files = cloudServices(cloud).files;
    expect((await files.read('cloud://env/roster/c/a.xlsx')).toString()).toBe('PK');
    await expect(files.read('cloud://env/roster/c/gone.xlsx')).rejects.toBeInstanceOf(FileMissing);
    await expect(files.read('local:uploads/a.xlsx')).rejects.toBeInstanceOf(FileMissing);
    await expect(files.read('cloud://env/roster/c/down.xlsx')).rejects.toThrow('network down');
  });

  it('deletes by fileID, cloud files only', async () => {
    const deleted: string[][] = [];
    const files = cloudServices(wxCloud({ deleteFile: async ({ fileList }) => void deleted.push(fileList) })).files;
    await files.remove('cloud://env/roster/c/a.xlsx');
    await files.remove('local:uploads/a.xlsx');
    expect(deleted).toEqual([['cloud://env/roster/c/a.xlsx']]);
  });
});
