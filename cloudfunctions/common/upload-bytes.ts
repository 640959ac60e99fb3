import { fail } from './errors';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The first bytes of each accepted type: the content must be what its type says. */
const SIGNATURES: Record<string, number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
};
export const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

/**
 * The bytes of an uploaded photo or file (diary photos, rectification evidence) (base64, with or without a data: prefix), refused with a
 * Chinese message when incomplete, too big or not what its type says.
 */
export function decodeUpload(dataBase64: string, contentType: string, maxBytes: number, what = '照片'): Buffer {
  const data = dataBase64.replace(/^data:[^,]*,/, '');
  if (!BASE64.test(data) || data.length % 4 !== 0) fail('VALIDATION', `${what}内容不完整，请重新选择${what}。`);
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length > maxBytes) fail('VALIDATION', `${what}太大（约${Math.ceil(bytes.length / 1024)}KB），请压缩到${maxBytes / 1024}KB以内再传。`);
  const sig = SIGNATURES[contentType];
  if (!sig || bytes.length < sig.length + 8 || sig.some((b, i) => bytes[i] !== b)) {
    fail('VALIDATION', contentType === 'application/pdf' ? '这不是有效的 PDF 文件，请重新选择。' : '这不是有效的 JPG 或 PNG 照片，请重新选择。');
  }
  return bytes;
}
