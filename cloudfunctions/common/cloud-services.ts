import { FileMissing, type Services } from './services';

/** Minimal view of wx-server-sdk used by the services (typed here so tests can pass a fake). */
export interface WxCloud {
  uploadFile(o: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  getTempFileURL(o: { fileList: string[] }): Promise<{ fileList: { tempFileURL: string }[] }>;
  downloadFile(o: { fileID: string }): Promise<{ fileContent: Buffer }>;
  deleteFile(o: { fileList: string[] }): Promise<unknown>;
  openapi: {
    wxacode: { getUnlimited(o: { scene: string; page: string; checkPath?: boolean }): Promise<{ buffer: Buffer }> };
    subscribeMessage: { send(o: { touser: string; templateId: string; page: string; data: Record<string, { value: string }> }): Promise<unknown> };
  };
}

/**
 * A storage error that means "no such file" (TCB's STORAGE_FILE_NONEXIST; the wording differs
 * between the SDKs, and wx-server-sdk keeps the TCB code inside errMsg).
 */
export function isMissingFile(e: unknown): boolean {
  const o = (e ?? {}) as { code?: unknown; errCode?: unknown; errMsg?: unknown; message?: unknown };
  return /NONEXIST|not ?exist|no such file|\b404\b/i.test([o.code, o.errCode, o.errMsg, o.message].filter((x) => x != null).join(' '));
}

/** getTempFileURL answers at most this many files per call. */
const TEMP_URLS_PER_CALL = 50;

/** Production services: cloud storage, mini-program codes, subscribe messages (template ids from env). */
export function cloudServices(cloud: WxCloud): Services {
  return {
    files: {
      put: async (path, bytes) => (await cloud.uploadFile({ cloudPath: path, fileContent: bytes })).fileID,
      urls: async (fileIds) => {
        const out: string[] = [];
        for (let i = 0; i < fileIds.length; i += TEMP_URLS_PER_CALL) {
          const { fileList } = await cloud.getTempFileURL({ fileList: fileIds.slice(i, i + TEMP_URLS_PER_CALL) });
          out.push(...fileIds.slice(i, i + TEMP_URLS_PER_CALL).map((_, j) => fileList[j]?.tempFileURL ?? ''));
        }
        return out;
      },
      read: async (fileId) => {
        if (!fileId.startsWith('cloud://')) throw new FileMissing(fileId);
        try {
          return (await cloud.downloadFile({ fileID: fileId })).fileContent;
        } catch (e) {
          if (isMissingFile(e)) throw new FileMissing(fileId);
          throw e;
        }
      },
      remove: async (fileId) => {
        if (fileId.startsWith('cloud://')) await cloud.deleteFile({ fileList: [fileId] });
      },
    },
    codes: {
      unlimited: async (scene, page) => (await cloud.openapi.wxacode.getUnlimited({ scene, page, checkPath: false })).buffer,
    },
    delivery: {
      requiresGrants: true,
      templateIds: () =>
        Object.fromEntries(
          ['reminder', 'alert', 'notice'].map((k) => [k, process.env[`ZHUCUN_TEMPLATE_${k.toUpperCase()}`] ?? '']).filter(([, id]) => id),
        ),
      send: async (msg) => {
        const templateId = process.env[`ZHUCUN_TEMPLATE_${msg.templateKey.toUpperCase()}`];
        if (!templateId) return false;
        try {
          const data = Object.fromEntries(Object.entries(msg.fields).map(([k, v]) => [k, { value: v.slice(0, 20) }]));
          await cloud.openapi.subscribeMessage.send({ touser: msg.openid, templateId, page: msg.page, data });
          return true;
        } catch (e) {
          if ((e as { errCode?: number }).errCode === 43101) return false;
          throw e;
        }
      },
    },
  };
}
