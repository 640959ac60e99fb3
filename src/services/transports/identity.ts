import Taro from '@tarojs/taro';

/**
 * Local (H5) mode has no WeChat: the person picks a demo identity, kept in storage and sent
 * as X-Zhucun-Openid. A fixed "now" (storage or ?now=) lets demos and tests replay any day.
 */
export const DEMO_OPENID_KEY = 'zhucun.demoOpenid';
export const DEMO_NOW_KEY = 'zhucun.now';

export function getDemoOpenid(): string | null {
  const v = Taro.getStorageSync(DEMO_OPENID_KEY);
  return typeof v === 'string' && v ? v : null;
}

export function setDemoOpenid(openid: string | null): void {
  if (openid) Taro.setStorageSync(DEMO_OPENID_KEY, openid);
  else Taro.removeStorageSync(DEMO_OPENID_KEY);
}

/** `?now=` in the URL (before or inside the hash) wins over the stored value. */
export function getDemoNow(): string | null {
  if (typeof window !== 'undefined' && window.location) {
    const { search, hash } = window.location;
    const queries = [search, hash.includes('?') ? hash.slice(hash.indexOf('?')) : ''];
    for (const q of queries) {
      const now = new URLSearchParams(q).get('now');
      if (now) return now;
    }
  }
  const v = Taro.getStorageSync(DEMO_NOW_KEY);
  return typeof v === 'string' && v ? v : null;
}
