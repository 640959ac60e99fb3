import { ACTIONS, ERROR_MESSAGES, type ActionName, type ErrorCode, type ErrorDetail, type InputOf, type OutputOf } from '../../types';
import { NetworkError, type Transport } from './transport';

/** An error answered by the server (or by client-side validation), with a Chinese message. */
export class ApiError extends Error {
  constructor(public code: ErrorCode, message: string, public details?: ErrorDetail[]) {
    super(message);
  }
}

type Contract<N extends ActionName> = (typeof ACTIONS)[N];

/** Typed client: validates input with the shared contract, then calls the `api` function. */
export function createApi(transport: Transport) {
  return async function call<N extends ActionName>(action: N, input: InputOf<Contract<N>>): Promise<OutputOf<Contract<N>>> {
    const contract = ACTIONS[action];
    const parsed = contract.input.safeParse(input ?? {});
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      throw new ApiError('VALIDATION', details[0]?.message ?? ERROR_MESSAGES.VALIDATION, details);
    }
    const res = await transport.send('api', { action, data: parsed.data });
    if (!res || typeof res !== 'object' || !('ok' in res)) throw new NetworkError(ERROR_MESSAGES.INTERNAL);
    if (!res.ok) throw new ApiError(res.error.code, res.error.message, res.error.details);
    return res.data as OutputOf<Contract<N>>;
  };
}
export type Api = ReturnType<typeof createApi>;
