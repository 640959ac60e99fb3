/**
 * Outside effects a handler may need, injected so the same handler runs in CloudBase and on
 * the local stack: files (cloud storage / data folder), WeChat mini-program codes, and
 * message delivery (subscribe messages / local outbox).
 */
export interface FileStore {
  put(path: string, bytes: Buffer, contentType: string): Promise<string>;
  /** URLs the app can show, in the order asked (temporary in the cloud; local paths on the local stack). */
  urls(fileIds: string[]): Promise<string[]>;
  /** The bytes of a stored file (e.g. an uploaded roster); rejects with `FileMissing` when there is none. */
  read(fileId: string): Promise<Buffer>;
  /** Deletes a stored file (e.g. an imported roster, which holds names and phone numbers); a missing one is fine. */
  remove(fileId: string): Promise<void>;
}

/** `FileStore.read` of a file that does not exist (or a fileId this store does not serve). */
export class FileMissing extends Error {
  constructor(readonly fileId: string) {
    super(`no such file: ${fileId}`);
  }
}

export interface WxaCodes {
  /** PNG of a code that opens `page` with `scene` (≤ 32 chars). */
  unlimited(scene: string, page: string): Promise<Buffer>;
}

export interface OutgoingMessage {
  openid: string;
  templateKey: string;
  page: string;
  fields: Record<string, string>;
}

export interface Delivery {
  /** Sends one subscribe message; resolves false when the user has no grant left (43101). */
  send(msg: OutgoingMessage): Promise<boolean>;
  /** Configured subscribe template ids by key (production: ZHUCUN_TEMPLATE_<KEY>). */
  templateIds?(): Record<string, string>;
  /** False when sending needs no one-time grant (the local outbox); WeChat needs one per send. */
  requiresGrants?: boolean;
}

export interface Services {
  files: FileStore;
  codes: WxaCodes;
  delivery: Delivery;
}
