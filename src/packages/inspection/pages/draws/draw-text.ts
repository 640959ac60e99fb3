import { whenLabel } from '../../../../core/labels';

/** Words and links the lottery pages share. */
export const DRAW_URLS = {
  list: '/packages/inspection/pages/draws/index',
  one: '/packages/inspection/pages/draw/index',
  open: '/packages/inspection/pages/public/index',
} as const;

/** An instant as Shanghai wall time, e.g. 11月20日 10:05; nothing for no instant. */
export function timeText(iso: string | null | undefined): string {
  return iso ? whenLabel(iso) : '';
}

export const STATUS_TEXT = { planned: '未公示', committing: '已公示', drawn: '已开奖' } as const;
export const TODO_TEXT = { publish: '待公示', commit: '请提交承诺', reveal: '请揭示' } as const;

/** The phone keeps the secret number it committed to, per draw and person, until the reveal. */
export const secretKey = (drawId: string, personId: string) => `zhucun.drawSecret.${drawId}.${personId}`;

/** A 16-digit number from the phone's random source (the person may type their own instead). */
export function randomSecret(): string {
  const bytes = new Uint8Array(16);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  let out = String(1 + (bytes[0] % 9));
  for (let i = 1; i < 16; i++) out += String(bytes[i] % 10);
  return out;
}
