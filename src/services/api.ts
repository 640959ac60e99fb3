import { ACTIONS, ERROR_MESSAGES, type ActionName, type InputOf, type OutputOf } from '../../types';
import { ApiError, callAction } from './call';
import type { Transport } from './transport';

export { ApiError };

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
    return (await callAction(transport, action, parsed.data)) as OutputOf<Contract<N>>;
  };
}
export type Api = ReturnType<typeof createApi>;
