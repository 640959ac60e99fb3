import { ERROR_MESSAGES, type ErrorCode, type ErrorDetail } from '../../types';
import { ApiError } from '../services/api';
import { NetworkError } from '../services/transport';

export interface UiError {
  code: ErrorCode | 'NETWORK';
  message: string;
  /** Per-field or per-row problems (validation, import), when the server sent them. */
  details: ErrorDetail[];
}

/** Whatever went wrong, a sentence a person can read. */
export function toUiError(e: unknown): UiError {
  if (e instanceof ApiError) return { code: e.code, message: e.message || ERROR_MESSAGES[e.code], details: e.details ?? [] };
  if (e instanceof NetworkError) return { code: 'NETWORK', message: e.message, details: [] };
  return { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL, details: [] };
}
