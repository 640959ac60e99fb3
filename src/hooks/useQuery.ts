import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionName, ACTIONS, InputOf, OutputOf } from '../../types';
import { api } from '../services/client';
import { toUiError, type UiError } from './errors';

type C<N extends ActionName> = (typeof ACTIONS)[N];

export interface QueryState<T> {
  data: T | undefined;
  error: UiError | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Calls a read action on mount and whenever its input changes; `reload` for 重试 and pull-down. */
export function useQuery<N extends ActionName>(
  action: N,
  input: InputOf<C<N>>,
  options: { enabled?: boolean } = {},
): QueryState<OutputOf<C<N>>> {
  const enabled = options.enabled ?? true;
  const key = JSON.stringify(input ?? {});
  const [state, setState] = useState<{ data?: OutputOf<C<N>>; error: UiError | null; loading: boolean }>({
    error: null,
    loading: enabled,
  });
  const seq = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, error: null, loading: true }));
    try {
      const data = await api(action, JSON.parse(key) as InputOf<C<N>>);
      if (mounted.current && mine === seq.current) setState({ data, error: null, loading: false });
    } catch (e) {
      if (mounted.current && mine === seq.current) setState((s) => ({ ...s, error: toUiError(e), loading: false }));
    }
  }, [action, key]);

  useEffect(() => {
    if (enabled) void reload();
  }, [enabled, reload]);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}
