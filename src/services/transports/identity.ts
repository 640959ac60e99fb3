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

/**
 * A villager identity of its own for this browser: on the LAN demo every phone that opens a survey
 * link is another villager (one answer each), not one shared 'demo-villager'. The early request
 * in index.html makes the same kind of id (and stores it) when it runs first.
 */
export const DEMO_VILLAGER_PREFIX = 'demo-villager-';

export function newDemoVillagerOpenid(): string {
  const bytes = new Uint8Array(8);
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return DEMO_VILLAGER_PREFIX + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
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
