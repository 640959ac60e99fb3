import { ERROR_MESSAGES, type ErrorCode, type ErrorDetail } from '../../types/errors';
import { NetworkError, type Transport } from './transport';

/** An error answered by the server (or by client-side validation), with a Chinese message. */
export class ApiError extends Error {
  constructor(public code: ErrorCode, message: string, public details?: ErrorDetail[]) {
    super(message);
  }
}

/** Sends one action to the `api` function and unwraps the envelope: the data, or an ApiError / NetworkError. */
export async function callAction(transport: Transport, action: string, data: unknown): Promise<unknown> {
  const res = await transport.send('api', { action, data });
  if (!res || typeof res !== 'object' || !('ok' in res)) throw new NetworkError(ERROR_MESSAGES.INTERNAL);
  if (!res.ok) throw new ApiError(res.error.code, res.error.message, res.error.details);
  return res.data;
}
