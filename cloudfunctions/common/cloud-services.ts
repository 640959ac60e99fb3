import type { Services } from './services';

/** Minimal view of wx-server-sdk used by the services (typed here so tests can pass a fake). */
export interface WxCloud {
  uploadFile(o: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  getTempFileURL(o: { fileList: string[] }): Promise<{ fileList: { tempFileURL: string }[] }>;
  openapi: {
    wxacode: { getUnlimited(o: { scene: string; page: string; checkPath?: boolean }): Promise<{ buffer: Buffer }> };
    subscribeMessage: { send(o: { touser: string; templateId: string; page: string; data: Record<string, { value: string }> }): Promise<unknown> };
  };
}

/** Production services: cloud storage, mini-program codes, subscribe messages (template ids from env). */
export function cloudServices(cloud: WxCloud): Services {
  return {
    files: {
      put: async (path, bytes) => (await cloud.uploadFile({ cloudPath: path, fileContent: bytes })).fileID,
      url: async (fileId) => (await cloud.getTempFileURL({ fileList: [fileId] })).fileList[0]?.tempFileURL ?? '',
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
