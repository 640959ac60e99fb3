import { ERROR_MESSAGES, type ErrorCode } from '../../types';
import { ApiError } from '../services/api';
import { NetworkError } from '../services/transport';

export interface UiError {
  code: ErrorCode | 'NETWORK';
  message: string;
}

/** Whatever went wrong, a sentence a person can read. */
export function toUiError(e: unknown): UiError {
  if (e instanceof ApiError) return { code: e.code, message: e.message || ERROR_MESSAGES[e.code] };
  if (e instanceof NetworkError) return { code: 'NETWORK', message: e.message };
  return { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL };
}
