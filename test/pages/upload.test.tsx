import { createHttpUploader, createWeappUploader } from '../../src/services/upload';
import { DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import { NetworkError } from '../../src/services/transport';
import Taro, { resetTaroDouble } from './taro-double';

/** jsdom has no fetch Response: the uploader only reads status and json(). */
const response = (status: number, body: string) => ({ status, json: async () => JSON.parse(body) }) as Response;

beforeEach(() => resetTaroDouble());

describe('file upload before roster.import', () => {
  it('H5: posts the file itself to /upload as the demo identity and answers its fileId', async () => {
    Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-admin');
    const seen: { url: string; init: RequestInit }[] = [];
    const f = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return response(200, JSON.stringify({ ok: true, data: { fileId: 'local:uploads/abc.xlsx' } }));
    }) as unknown as typeof fetch;
    const blob = new Blob(['PK']);
    expect(await createHttpUploader('', f)({ name: '名册.xlsx', size: 2, blob }, 'roster/c1/1-a.xlsx')).toBe('local:uploads/abc.xlsx');
    expect(seen[0].url).toBe('/upload');
    expect(seen[0].init.method).toBe('POST');
    expect(seen[0].init.body).toBe(blob);
    expect((seen[0].init.headers as Record<string, string>)['X-Zhucun-Openid']).toBe('demo-admin');
  });

  it('H5: shows the server’s Chinese refusal, and a network failure as NetworkError', async () => {
    const refused = (async () => response(413, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: '文件太大（超过20MB），请确认选的是填好的名册模板。' } }))) as unknown as typeof fetch;
    await expect(createHttpUploader('', refused)({ name: 'a.xlsx', size: 1, blob: new Blob(['x']) }, 'p')).rejects.toThrow('文件太大');
    const down = (async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    await expect(createHttpUploader('', down)({ name: 'a.xlsx', size: 1, blob: new Blob(['x']) }, 'p')).rejects.toBeInstanceOf(NetworkError);
  });

  it('weapp: Taro.cloud.uploadFile at the cloud path, answering the fileID', async () => {
    const cloud = Taro.cloud as unknown as { uploadFile?: (o: { cloudPath: string; filePath: string }) => Promise<{ fileID: string }> };
    const calls: { cloudPath: string; filePath: string }[] = [];
    cloud.uploadFile = async (o) => {
      calls.push(o);
      return { fileID: `cloud://env-1.bucket/${o.cloudPath}` };
    };
    try {
      const id = await createWeappUploader()({ name: '名册.xlsx', size: 2, path: 'wxfile://tmp_1.xlsx' }, 'roster/c1/1-a.xlsx');
      expect(id).toBe('cloud://env-1.bucket/roster/c1/1-a.xlsx');
      expect(calls).toEqual([{ cloudPath: 'roster/c1/1-a.xlsx', filePath: 'wxfile://tmp_1.xlsx' }]);
      cloud.uploadFile = async () => Promise.reject(new Error('uploadFile:fail'));
      await expect(createWeappUploader()({ name: 'a.xlsx', size: 1, path: 'wxfile://t' }, 'p')).rejects.toThrow('文件上传失败');
    } finally {
      delete cloud.uploadFile;
    }
  });
});
