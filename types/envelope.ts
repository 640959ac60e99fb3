import type { ErrorCode, ErrorDetail } from './errors';

/** What every action answers: data, or one error a person can read. */
export type Envelope<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode; message: string; details?: ErrorDetail[] } };

/** What a client sends to the `api` function (and the local stack's POST /fn/api). */
export interface ApiEvent {
  action: string;
  data?: unknown;
}
