import Taro from '@tarojs/taro';
import { ApiError } from '../../../../services/call';
import { lightCall } from '../../../../services/light-client';
import { NetworkError } from '../../../../services/transport';
import type { Draft } from './draft';

export type SendOutcome =
  | { kind: 'sent'; message: string }
  | { kind: 'already'; message: string }
  /** Not delivered yet (no network, server busy, rate limit): keep the answers and try again. */
  | { kind: 'retry'; message: string }
  /** The server will never take these answers (campaign closed, code invalid…). */
  | { kind: 'refused'; message: string };

const RETRYABLE = new Set(['RATE_LIMITED', 'INTERNAL']);

/** Sends the pending answers once; the same clientRequestId each time, so a resend never counts twice. */
export async function sendPending(scene: string, pending: NonNullable<Draft['pending']>): Promise<SendOutcome> {
  try {
    const r = await lightCall('survey.submit', { scene, answers: pending.answers, household: pending.household, clientRequestId: pending.clientRequestId });
    return { kind: 'sent', message: r.message };
  } catch (e) {
    if (e instanceof NetworkError) return { kind: 'retry', message: '网络不通，答案已保存在手机上，有网后会自动提交。' };
    if (e instanceof ApiError) {
      if (e.code === 'ALREADY_ANSWERED') return { kind: 'already', message: e.message };
      if (RETRYABLE.has(e.code)) return { kind: 'retry', message: `${e.message} 答案已保存在手机上，稍后会自动再提交。` };
      return { kind: 'refused', message: e.message };
    }
    return { kind: 'retry', message: '提交没有成功，答案已保存在手机上，稍后会自动再提交。' };
  }
}

/** Calls `fn` when the phone gets a connection back (weapp and H5), and every `everyMs` meanwhile. */
export function onReconnect(fn: () => void, everyMs = 8000): () => void {
  const timer = setInterval(fn, everyMs);
  const onChange = (res: { isConnected: boolean }) => res.isConnected && fn();
  const taro = Taro as unknown as { onNetworkStatusChange?: (cb: typeof onChange) => void; offNetworkStatusChange?: (cb: typeof onChange) => void };
  taro.onNetworkStatusChange?.(onChange);
  const online = () => fn();
  if (typeof window !== 'undefined' && window.addEventListener) window.addEventListener('online', online);
  return () => {
    clearInterval(timer);
    taro.offNetworkStatusChange?.(onChange);
    if (typeof window !== 'undefined' && window.removeEventListener) window.removeEventListener('online', online);
  };
}
