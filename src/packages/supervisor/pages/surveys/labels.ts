/** Small display helpers of the survey screens. */
export const STATE_LABELS: Record<string, string> = { 'not-started': '未开始', running: '进行中', ended: '已到期', closed: '已结束' };
export const STATE_TAG: Record<string, 'success' | 'warning' | 'default'> = { 'not-started': 'warning', running: 'success', ended: 'default', closed: 'default' };
export const pct = (x: number) => `${Math.round(x * 100)}%`;
export const DETAIL_URL = '/packages/supervisor/pages/surveys/detail';
export const NEW_URL = '/packages/supervisor/pages/surveys/new';

/** A query parameter of the current page (mini-program router, or the H5 hash). */
export function pageParam(getRouterParams: () => Record<string, string | undefined> | undefined, name: string): string {
  const v = getRouterParams()?.[name];
  if (v) return decodeURIComponent(v);
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && window.location?.hash.includes('?')) {
    return new URLSearchParams(window.location.hash.slice(window.location.hash.indexOf('?'))).get(name) ?? '';
  }
  return '';
}
