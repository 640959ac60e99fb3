import type { ApiEvent, Envelope } from '../../types';
import type { Transport } from '../../src/services/transport';
import { NetworkError } from '../../src/services/transport';

export type Reply = { data: unknown } | { error: { code: string; message: string } } | 'network';

/** Answers per action; records every call with the demo openid it was made as. */
export function fakeTransport(replies: Record<string, Reply | ((input: unknown) => Reply)>) {
  const calls: ApiEvent[] = [];
  const transport: Transport = {
    async send(_fn, event): Promise<Envelope<unknown>> {
      calls.push(event);
      const r = replies[event.action];
      const reply = typeof r === 'function' ? r(event.data) : r;
      if (!reply) return { ok: false, error: { code: 'UNKNOWN_ACTION', message: `测试未提供 ${event.action}` } };
      if (reply === 'network') throw new NetworkError();
      if ('error' in reply) return { ok: false, error: reply.error as never };
      return { ok: true, data: reply.data };
    },
  };
  return { transport, calls };
}
