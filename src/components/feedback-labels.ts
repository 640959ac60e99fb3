import type { FeedbackStatus } from '../../types/reports';

export { FEEDBACK_KIND_LABELS, FEEDBACK_STATUS_LABELS } from '../../types/reports';

export const STATUS_TAG: Record<FeedbackStatus, 'warning' | 'primary' | 'success'> = { open: 'warning', replied: 'primary', closed: 'success' };

/** ISO instant → '11月20日 11:05' in Shanghai time. */
export function shortTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}
