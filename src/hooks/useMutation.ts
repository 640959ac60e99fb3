import { useCallback, useState } from 'react';
import type { ActionName, ACTIONS, InputOf, OutputOf } from '../../types';
import { api } from '../services/client';
import { toUiError, type UiError } from './errors';

type C<N extends ActionName> = (typeof ACTIONS)[N];

export interface MutationState<N extends ActionName> {
  run: (input: InputOf<C<N>>) => Promise<OutputOf<C<N>> | undefined>;
  data: OutputOf<C<N>> | undefined;
  error: UiError | null;
  pending: boolean;
  reset: () => void;
}

/** A write action; `run` resolves to the result, or undefined with `error` set. */
export function useMutation<N extends ActionName>(action: N): MutationState<N> {
  const [data, setData] = useState<OutputOf<C<N>>>();
  const [error, setError] = useState<UiError | null>(null);
  const [pending, setPending] = useState(false);
  const run = useCallback(
    async (input: InputOf<C<N>>) => {
      setPending(true);
      setError(null);
      try {
        const out = await api(action, input);
        setData(out);
        return out;
      } catch (e) {
        setError(toUiError(e));
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [action],
  );
  const reset = useCallback(() => {
    setData(undefined);
    setError(null);
  }, []);
  return { run, data, error, pending, reset };
}
