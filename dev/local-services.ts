import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import QRCode from 'qrcode';
import type { Services } from '../cloudfunctions/common/services';
import type { DocDriver } from '../cloudfunctions/common/store/driver';

/**
 * Local stand-ins for cloud storage, mini-program codes and subscribe messages: files under the
 * data folder, a QR code that opens the H5 page, and an outbox collection instead of WeChat.
 */
export function localServices(dataDir: string, baseUrl: string, store: DocDriver): Services {
  return {
    files: {
      put: async (path, bytes) => {
        const file = join(dataDir, 'files', path.replace(/\.\.+/g, ''));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, bytes);
        return `local:${path}`;
      },
      urls: async (fileIds) => fileIds.map((id) => `${baseUrl}/files/${encodeURI(id.replace(/^local:/, ''))}`),
    },
    codes: {
      unlimited: async (scene, page) =>
        QRCode.toBuffer(`${baseUrl}/#/${page}?scene=${encodeURIComponent(scene)}`, { type: 'png', width: 600, margin: 2 }),
    },
    delivery: {
      requiresGrants: false,
      templateIds: () => ({ reminder: 'local-reminder', alert: 'local-alert', notice: 'local-notice' }),
      send: async (msg) => {
        await store.insert('outbox', { _id: `${Date.now()}:${Math.random().toString(36).slice(2)}`, at: new Date().toISOString(), ...msg });
        return true;
      },
    },
  };
}
