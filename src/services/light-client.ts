import type { ActionName, ACTIONS, InputOf, OutputOf } from '../../types';
import { callAction } from './call';
import { currentTransport } from './current-transport';

type C<N extends ActionName> = (typeof ACTIONS)[N];

/**
 * The villager survey's client: typed like `api`, but without the client-side zod check (the
 * server validates every call anyway), so the survey page ships without zod and the other
 * contracts — it must open fast on a weak 3G network.
 */
export function lightCall<N extends ActionName>(action: N, input: InputOf<C<N>>): Promise<OutputOf<C<N>>> {
  return callAction(currentTransport(), action, input) as Promise<OutputOf<C<N>>>;
}
