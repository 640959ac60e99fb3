import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A list that arrives a page at a time: the first page comes with the view, the next ones on
 * request (`more`, e.g. when the person scrolls to the bottom). A new first page starts over.
 */
export function useMore<T>(first: T[] | undefined, firstNext: string | null | undefined, fetch: (cursor: string) => Promise<{ rows: T[]; next: string | null }>) {
  const [state, setState] = useState<{ rows: T[]; next: string | null; loading: boolean; failed: boolean }>({ rows: [], next: null, loading: false, failed: false });
  const generation = useRef(0);
  useEffect(() => {
    generation.current += 1;
    setState({ rows: [], next: firstNext ?? null, loading: false, failed: false });
  }, [first, firstNext]);
  const busy = useRef(false);
  const more = useCallback(async () => {
    if (busy.current || !state.next) return;
    busy.current = true;
    const mine = generation.current;
    setState((s) => ({ ...s, loading: true, failed: false }));
    try {
      const page = await fetch(state.next);
      if (mine === generation.current) setState((s) => ({ rows: [...s.rows, ...page.rows], next: page.next, loading: false, failed: false }));
    } catch {
      if (mine === generation.current) setState((s) => ({ ...s, loading: false, failed: true }));
    } finally {
      busy.current = false;
    }
  }, [fetch, state.next]);
  return { rows: [...(first ?? []), ...state.rows], next: state.next, loading: state.loading, failed: state.failed, more };
}
