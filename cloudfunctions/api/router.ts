import type { z } from 'zod';
import { audienceAdmits, ERROR_MESSAGES, type Envelope, type ErrorCode } from '../../types';
import { loadIdentity, type Ctx } from '../common/context';
import { AppError } from '../common/errors';
import type { Services } from '../common/services';
import type { DocDriver } from '../common/store/driver';
import type { Handler } from './handler';

export interface CallEnv {
  openid: string;
  now: Date;
  store: DocDriver;
  services: Services;
  env: Ctx['env'];
  log?: (line: Record<string, unknown>) => void;
}

const err = (code: ErrorCode, message?: string, details?: AppError['details']): Envelope<never> => ({
  ok: false,
  error: { code, message: message ?? ERROR_MESSAGES[code], ...(details?.length ? { details } : {}) },
});

/** Most problems one answer lists; a payload of garbage does not get a reply as large. */
const MAX_DETAILS = 20;

/**
 * Where each problem is (`path`, field identifiers) and what is wrong (`message`, plain Chinese).
 * Unknown fields get one line each, their own name as the path, so no message echoes what was sent.
 */
function validationDetails(issues: readonly z.core.$ZodIssue[]): { path: string; message: string }[] {
  return issues
    .flatMap((i) =>
      i.code === 'unrecognized_keys'
        ? i.keys.map((k) => ({ path: [...i.path, k].map(String).join('.'), message: i.message }))
        : [{ path: i.path.map(String).join('.'), message: i.message }],
    )
    .slice(0, MAX_DETAILS);
}

/**
 * One router for every user action: event → identity (OPENID → person, roles, scope) →
 * validate → authorise → handler → envelope. Never throws; never leaks a stack trace.
 */
export function createRouter(handlers: Handler[]) {
  const byName = new Map(handlers.map((h) => [h.contract.name, h]));
  return async function route(event: unknown, env: CallEnv): Promise<Envelope<unknown>> {
    if (!event || typeof event !== 'object' || typeof (event as { action?: unknown }).action !== 'string') {
      return err('BAD_REQUEST');
    }
    const { action, data } = event as { action: string; data?: unknown };
    const h = byName.get(action);
    if (!h) return err('UNKNOWN_ACTION');
    if (!env.openid) return err('UNAUTHENTICATED', '无法识别您的微信身份，请在微信中打开。');
    try {
      const parsed = h.contract.input.safeParse(data ?? {});
      if (!parsed.success) {
        const details = validationDetails(parsed.error.issues);
        return err('VALIDATION', `${ERROR_MESSAGES.VALIDATION}${details[0] ? `（${details[0].message}）` : ''}`, details);
      }
      const { person, grants } = await loadIdentity(env.store, env.openid);
      const audience = h.contract.audience;
      if (audience !== 'anyone') {
        if (!person) return err('UNAUTHENTICATED');
        if (!audienceAdmits(audience, grants)) return err('FORBIDDEN');
      }
      const ctx: Ctx = { openid: env.openid, person, grants, now: env.now, store: env.store, services: env.services, env: env.env };
      const out = await h.run(ctx, parsed.data);
      return { ok: true, data: h.contract.output.parse(out) };
    } catch (e) {
      if (e instanceof AppError) return err(e.code, e.message, e.details);
      env.log?.({ level: 'error', action, error: e instanceof Error ? e.stack : String(e) });
      return err('INTERNAL');
    }
  };
}
