import Taro from '@tarojs/taro';
import { wgs84ToGcj02 } from '../core/gcj02';

export interface Fix {
  lat: number;
  lng: number;
  accuracyM: number;
  fuzzy: boolean;
}

/** Why no position came, in words the cadre can act on. */
export class NoFix extends Error {}

const WEAPP_HINT = '没有拿到位置，请打开手机定位并允许小程序使用位置后重试。';

/**
 * One position at the moment of the tap (never tracked), in GCJ-02 like the village fences.
 * In WeChat: precise location first, the fuzzy one where precise is not granted. In a browser:
 * the browser's own geolocation (GPS datum, converted).
 */
export async function currentFix(): Promise<Fix> {
  if (process.env.TARO_ENV === 'h5') return browserFix();
  try {
    const r = await Taro.getLocation({ type: 'gcj02', isHighAccuracy: true });
    return { lat: r.latitude, lng: r.longitude, accuracyM: r.accuracy || 50, fuzzy: false };
  } catch {
    try {
      const r = await Taro.getFuzzyLocation({ type: 'gcj02' });
      return { lat: r.latitude, lng: r.longitude, accuracyM: 1000, fuzzy: true };
    } catch {
      throw new NoFix(WEAPP_HINT);
    }
  }
}

const BROWSER_HINTS: Record<number, string> = {
  1: '浏览器没有允许使用位置。请在浏览器的网站设置里允许定位，再点一次。',
  2: '手机暂时定不了位。请打开手机定位（GPS），到开阔处再点一次。',
  3: '定位超时。请到开阔处再点一次。',
};

function browserFix(): Promise<Fix> {
  const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
  if (!geo) {
    return Promise.reject(new NoFix(isSecureContext() ? '这个浏览器不能定位，请在微信里打开小程序打卡。' : '浏览器只在 https 网址上给出位置，请用 https 地址打开，或在微信里打卡。'));
  }
  return new Promise((resolve, reject) => {
    geo.getCurrentPosition(
      (pos) => {
        const g = wgs84ToGcj02({ lat: pos.coords.latitude, lng: pos.coords.longitude });
        resolve({ lat: g.lat, lng: g.lng, accuracyM: Math.max(1, Math.round(pos.coords.accuracy || 50)), fuzzy: false });
      },
      (err) => reject(new NoFix(BROWSER_HINTS[err.code] ?? BROWSER_HINTS[2])),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 },
    );
  });
}

const isSecureContext = () => typeof window === 'undefined' || window.isSecureContext !== false;

/** A fresh id per tap; a retry of the same tap reuses it so the server counts it once. */
export const newRequestId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
