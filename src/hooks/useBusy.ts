import { useCallback, useState } from 'react';
import { toUiError } from './errors';

/**
 * For a card that runs several actions in turn: `run(fn)` shows busy while `fn` runs and keeps its
 * error's Chinese message (cleared when the next run starts).
 */
export function useBusy() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(toUiError(e).message);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
