/**
 * Test double of the @tarojs/taro APIs our pages and NutUI call (mapped by jest's `pages` project).
 * Storage is in memory; navigation is recorded in `taroCalls` for assertions.
 */
type Listener = () => void;

const storage = new Map<string, unknown>();
export const taroCalls: { redirectTo: string[]; reLaunch: string[]; navigateTo: string[]; phoneCalls: string[] } = {
  redirectTo: [],
  reLaunch: [],
  navigateTo: [],
  phoneCalls: [],
};

export function resetTaroDouble(): void {
  storage.clear();
  taroCalls.redirectTo.length = 0;
  taroCalls.reLaunch.length = 0;
  taroCalls.navigateTo.length = 0;
  taroCalls.phoneCalls.length = 0;
}

export const makePhoneCall = async ({ phoneNumber }: { phoneNumber: string }) => void taroCalls.phoneCalls.push(phoneNumber);

export const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB' } as const;
export const getEnv = () => ENV_TYPE.WEB;
export const pxTransform = (v: number) => `${v}px`;
const info = { windowWidth: 375, windowHeight: 667, screenWidth: 375, pixelRatio: 2, platform: 'devtools', SDKVersion: '3.4.0' };
export const getSystemInfoSync = () => info;
export const getWindowInfo = () => info;
export const getDeviceInfo = () => info;
export const getAppBaseInfo = () => info;
export const createSelectorQuery = () => {
  const q = {
    select: () => q,
    selectAll: () => q,
    boundingClientRect: () => q,
    exec: (cb?: (r: unknown[]) => void) => cb?.([]),
  };
  return q;
};

export const getStorageSync = (key: string) => (storage.has(key) ? storage.get(key) : '');
export const setStorageSync = (key: string, value: unknown) => void storage.set(key, value);
export const removeStorageSync = (key: string) => void storage.delete(key);

export const redirectTo = async ({ url }: { url: string }) => void taroCalls.redirectTo.push(url);
export const reLaunch = async ({ url }: { url: string }) => void taroCalls.reLaunch.push(url);
export const navigateTo = async ({ url }: { url: string }) => void taroCalls.navigateTo.push(url);
export const showToast = async () => undefined;

export const useLaunch = (fn: Listener) => fn;
export const useDidShow = (_fn: Listener) => undefined;
export const usePullDownRefresh = (_fn: Listener) => undefined;
/** The page's end reached by scrolling; a test calls `reachBottom()` to scroll there. */
let bottomListener: Listener | null = null;
export const useReachBottom = (fn: Listener) => void (bottomListener = fn);
export const reachBottom = () => bottomListener?.();
export const stopPullDownRefresh = () => undefined;

export const cloud = {
  init: () => undefined,
  callFunction: async () => {
    throw new Error('no cloud in page tests: use setTransport()');
  },
};

const Taro = {
  ENV_TYPE,
  getEnv,
  pxTransform,
  getSystemInfoSync,
  getWindowInfo,
  getDeviceInfo,
  getAppBaseInfo,
  createSelectorQuery,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  redirectTo,
  reLaunch,
  navigateTo,
  makePhoneCall,
  showToast,
  useLaunch,
  useDidShow,
  usePullDownRefresh,
  useReachBottom,
  stopPullDownRefresh,
  cloud,
};
export default Taro;
