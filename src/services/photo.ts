import Taro from '@tarojs/taro';
import { PHOTO_MAX_BYTES } from '../../types/diary';

/** A photo ready to upload: compressed JPEG as base64 (without the data: prefix). */
export interface PreparedPhoto {
  contentType: 'image/jpeg';
  dataBase64: string;
}

/** Keep a margin under the server's limit. */
const TARGET_BYTES = Math.floor(PHOTO_MAX_BYTES * 0.95);
/** Longest side and JPEG quality, tried in order until the photo is small enough. */
const STEPS: [number, number][] = [
  [1280, 0.7],
  [1024, 0.6],
  [960, 0.5],
  [800, 0.45],
  [640, 0.4],
  [480, 0.35],
];

const base64Bytes = (b64: string) => Math.floor((b64.length * 3) / 4);

/** Asks the person for one photo (camera or album) and compresses it on the phone; null if they cancelled. */
export async function pickCompressedPhoto(): Promise<PreparedPhoto | null> {
  return process.env.TARO_ENV === 'weapp' ? pickWeapp() : pickH5();
}

async function pickWeapp(): Promise<PreparedPhoto | null> {
  let path: string;
  try {
    const r = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['camera', 'album'] });
    path = r.tempFilePaths[0];
    if (!path) return null;
  } catch {
    return null; // cancelled
  }
  const fs = Taro.getFileSystemManager();
  for (const [side, quality] of STEPS) {
    const c = await Taro.compressImage({ src: path, quality: Math.round(quality * 100), compressedWidth: side });
    const data = await new Promise<string>((resolve, reject) =>
      fs.readFile({
        filePath: c.tempFilePath,
        encoding: 'base64',
        success: (res) => resolve(typeof res.data === 'string' ? res.data : ''),
        fail: (e) => reject(new Error(e.errMsg)),
      }),
    );
    if (data && base64Bytes(data) <= TARGET_BYTES) return { contentType: 'image/jpeg', dataBase64: data };
  }
  throw new Error('照片太大，压缩后仍超过限制，请换一张照片。');
}

function chooseFileH5(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.style.display = 'none';
    input.onchange = () => {
      const file = input.files?.[0] ?? null;
      input.remove();
      resolve(file);
    };
    document.body.appendChild(input);
    input.click();
  });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('无法读取这张照片，请换一张。'));
    img.src = url;
  });
}

/** H5: downscale on a canvas and re-encode as JPEG until it fits. */
async function pickH5(): Promise<PreparedPhoto | null> {
  const file = await chooseFileH5();
  if (!file) return null;
  const url = URL.createObjectURL(file);
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('此浏览器不能压缩照片。');
    for (const [side, quality] of STEPS) {
      const scale = Math.min(1, side / Math.max(img.naturalWidth, img.naturalHeight));
      canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
      canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      const data = canvas.toDataURL('image/jpeg', quality).split(',')[1] ?? '';
      if (data && base64Bytes(data) <= TARGET_BYTES) return { contentType: 'image/jpeg', dataBase64: data };
    }
    throw new Error('照片太大，压缩后仍超过限制，请换一张照片。');
  } finally {
    URL.revokeObjectURL(url);
  }
}
