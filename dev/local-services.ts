import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import QRCode from 'qrcode';
import { FileMissing, type Services } from '../cloudfunctions/common/services';
import type { DocDriver } from '../cloudfunctions/common/store/driver';

/** The path of a `local:` fileId, only under the data folder's files/: no `..`, no absolute paths, no other schemes. */
function localFile(dataDir: string, fileId: string): string {
  const root = resolve(dataDir, 'files');
  const rel = fileId.startsWith('local:') ? fileId.slice('local:'.length) : '';
  const file = resolve(root, rel);
  if (!rel || rel.split(/[\\/]/).includes('..') || !file.startsWith(root + sep)) throw new FileMissing(fileId);
  return file;
}

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
      read: async (fileId) => {
        try {
          return readFileSync(localFile(dataDir, fileId));
        } catch (e) {
          if (['ENOENT', 'EISDIR', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '')) throw new FileMissing(fileId);
          throw e;
        }
      },
      remove: async (fileId) => rmSync(localFile(dataDir, fileId), { force: true }),
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
