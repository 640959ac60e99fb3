import Taro from '@tarojs/taro';
import type { PickedFile } from './files';
import { NetworkError } from './transport';
import { getDemoOpenid } from './transports/identity';

/**
 * Puts a picked file into storage and resolves to its fileId, which an action (e.g. `roster.import`)
 * then reads on the server: a function request carries at most about 100 KB, a file may be far larger.
 * Rejects with an Error whose message can be shown as is.
 */
export type Uploader = (file: PickedFile, cloudPath: string) => Promise<string>;

const FAILED = '文件上传失败，请检查网络后重试。';

/** Mini-program: `Taro.cloud.uploadFile` to the environment's cloud storage at `cloudPath`. */
export function createWeappUploader(): Uploader {
  return async (file, cloudPath) => {
    if (!file.path) throw new Error('没有读到选中的文件，请重新选择。');
    let fileID: string | undefined;
    try {
      ({ fileID } = await Taro.cloud.uploadFile({ cloudPath, filePath: file.path }));
    } catch {
      throw new NetworkError(FAILED);
    }
    if (!fileID) throw new NetworkError(FAILED);
    return fileID;
  };
}

/** H5 / local stack: `POST /upload` with the file as the body (the local stack picks the name; `cloudPath` is not used). */
export function createHttpUploader(baseUrl = '', fetchImpl: typeof fetch = (...a) => fetch(...a)): Uploader {
  return async (file) => {
    if (!file.blob) throw new Error('没有读到选中的文件，请重新选择。');
    const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' };
    const openid = getDemoOpenid();
    if (openid) headers['X-Zhucun-Openid'] = openid;
    let res: Response;
    try {
      res = await fetchImpl(`${baseUrl}/upload`, { method: 'POST', headers, body: file.blob });
    } catch {
      throw new NetworkError(FAILED);
    }
    let body: { ok?: boolean; data?: { fileId?: string }; error?: { message?: string } };
    try {
      body = await res.json();
    } catch {
      throw new NetworkError(res.status >= 500 ? '服务暂时不可用，请稍后再试。' : FAILED);
    }
    if (body.ok && body.data?.fileId) return body.data.fileId;
    throw new Error(body.error?.message ?? FAILED);
  };
}

let uploader: Uploader | null = null;

/** Uploads with the app's uploader: cloud storage on weapp, the local stack on H5. */
export function uploadFile(file: PickedFile, cloudPath: string): Promise<string> {
  uploader ??= process.env.TARO_ENV === 'weapp' ? createWeappUploader() : createHttpUploader();
  return uploader(file, cloudPath);
}

/** Swap the uploader (page tests), like `setTransport`; null goes back to the default. */
export function setUploader(next: Uploader | null): void {
  uploader = next;
}
