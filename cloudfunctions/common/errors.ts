import { ERROR_MESSAGES, type ErrorCode, type ErrorDetail } from '../../types';

/** Thrown by handlers; the router turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(public code: ErrorCode, message?: string, public details?: ErrorDetail[]) {
    super(message ?? ERROR_MESSAGES[code]);
  }
}

export const fail = (code: ErrorCode, message?: string, details?: ErrorDetail[]): never => {
  throw new AppError(code, message, details);
};
