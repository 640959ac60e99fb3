import { useCallback, useEffect, useState } from 'react';
import type { ACTIONS, OutputOf } from '../../types';
import { api, isLocalMode } from '../services/client';
import { syncServerClock } from '../services/server-clock';
import { getDemoOpenid, setDemoOpenid } from '../services/transports/identity';
import { toUiError, type UiError } from './errors';

export type Session = OutputOf<(typeof ACTIONS)['session.whoami']>;

// One whoami per app run, shared by every page; cleared when the identity changes.
let cached: Session | undefined;

/** Forget the cached session (identity switched, invitation redeemed, tests). */
export function clearSession(): void {
  cached = undefined;
}

export interface SessionState {
  session: Session | undefined;
  error: UiError | null;
  loading: boolean;
  /** Local (H5) mode with no demo identity chosen yet: show the role picker, call nothing. */
  needsDemoIdentity: boolean;
  reload: () => Promise<void>;
}

export function useSession(): SessionState {
  const needsDemoIdentity = isLocalMode && !getDemoOpenid();
  const [session, setSession] = useState<Session | undefined>(cached);
  const [error, setError] = useState<UiError | null>(null);
  const [loading, setLoading] = useState(!cached && !needsDemoIdentity);

  const reload = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      cached = await api('session.whoami', {});
      syncServerClock(cached.now);
      setSession(cached);
    } catch (e) {
      setError(toUiError(e));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    if (!cached && !needsDemoIdentity) void reload();
  }, [needsDemoIdentity, reload]);

  return { session, error, loading, needsDemoIdentity, reload };
}

/** H5 only: the demo identity sent to the local stack. */
export function useDemoIdentity() {
  const [openid, setOpenid] = useState<string | null>(() => (isLocalMode ? getDemoOpenid() : null));
  const choose = useCallback((next: string | null) => {
    setDemoOpenid(next);
    clearSession();
    setOpenid(next);
  }, []);
  return { openid, choose, available: isLocalMode };
}
