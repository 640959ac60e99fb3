import { z } from 'zod';

/** Largest roster file the import reads (a county of 100,000 households is a few MB). */
export const ROSTER_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const ROSTER_FILE_TOO_LARGE = '文件太大（超过20MB），请确认选的是填好的名册模板。';
export const ROSTER_FILE_BAD_ID = '文件标识不对，请重新选择文件上传。';

/**
 * Where the county admin's client put the uploaded roster file before calling `roster.import`:
 * cloud storage (`cloud://<env>/roster/<countyId>/<name>.xlsx`, from `Taro.cloud.uploadFile`) or the
 * local stack (`local:uploads/<name>.xlsx`, from `POST /upload`). `parseRosterFileId` checks the exact shape.
 */
export const RosterFileId = z
  .string()
  .trim()
  .min(1, '请先选择名册文件上传')
  .max(500, ROSTER_FILE_BAD_ID)
  .regex(/^(cloud:\/\/|local:)/, ROSTER_FILE_BAD_ID);

const NAME = '[A-Za-z0-9][A-Za-z0-9_-]{0,99}\\.xlsx';
const CLOUD = new RegExp(`^cloud://[A-Za-z0-9][A-Za-z0-9.-]{0,199}/roster/([A-Za-z0-9_-]{1,64})/${NAME}$`);
const LOCAL = new RegExp(`^local:uploads/${NAME}$`);

/** The cloud storage path the client uploads a county's roster file to (one new name per upload). */
export function rosterCloudPath(countyId: string, now = Date.now(), random = Math.random().toString(36).slice(2, 10)): string {
  return `roster/${countyId}/${now}-${random}.xlsx`;
}

/**
 * A roster fileId of either shape, or null for anything else (other folders, `..`, other file types).
 * `countyId` is the county folder of a cloud fileId (null for a local one).
 */
export function parseRosterFileId(fileId: string): { kind: 'cloud'; countyId: string } | { kind: 'local'; countyId: null } | null {
  const cloud = CLOUD.exec(fileId);
  if (cloud && !fileId.includes('..')) return { kind: 'cloud', countyId: cloud[1] };
  if (LOCAL.test(fileId)) return { kind: 'local', countyId: null };
  return null;
}
