import Taro from '@tarojs/taro';

/** The `id` query parameter (mini-program router, or the H5 hash). */
export function problemIdParam(): string {
  const v = Taro.getCurrentInstance?.()?.router?.params?.id;
  if (v) return decodeURIComponent(v);
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && window.location?.hash.includes('?')) {
    return new URLSearchParams(window.location.hash.slice(window.location.hash.indexOf('?'))).get('id') ?? '';
  }
  return '';
}
