import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { RecordView } from '../../../../../types/inspection';
import { toUiError, type UiError } from '../../../../hooks/errors';
import { api } from '../../../../services/client';
import { offlineQueue, startOfflineSync } from '../../../../services/offline-queue';
import { NetworkError } from '../../../../services/transport';
import { dropDraft, freshDraft, keepDraft, keptDraft, keptView, keepView, saveInputOf, type Draft, type RecordForm } from './form';

export interface RecordTarget {
  id?: string;
  drawId?: string;
  villageId?: string;
}

const localKey = (t: RecordTarget) => t.id ?? `${t.drawId}:${t.villageId}`;
const queuedFor = (id: string) => offlineQueue.list().filter((i) => i.action === 'inspection.save' && i.input.recordId === id);

/**
 * The record and the inspector's form, online or not: the server's view when it answers (kept on the
 * phone), the kept one without a network; edits are kept on the phone as they are typed, and a save
 * without a network waits in the app's offline queue (same request id: sent once, applied once).
 */
export function useRecord(target: RecordTarget) {
  const [view, setView] = useState<RecordView | null>(() => keptView(localKey(target)));
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [offline, setOffline] = useState(false);
  const [loading, setLoading] = useState(true);
  const [queued, setQueued] = useState(0);

  const adopt = useCallback((r: RecordView, opts: { keepForm?: boolean } = {}) => {
    keepView(r);
    if (r.drawId) Taro.setStorageSync(`zhucun.inspection.view.${r.drawId}:${r.villageId}`, r);
    setView(r);
    const waiting = queuedFor(r.id).filter((q) => !q.failed).length;
    setQueued(waiting);
    const kept = keptDraft(r.id);
    // A kept form older than the server's record, with nothing of it still waiting to go, is stale.
    const keep = kept && (opts.keepForm || waiting > 0 || kept.revision >= r.revision);
    setDraft(r.canEdit ? (keep ? kept : freshDraft(r)) : null);
    if (!keep) dropDraft(r.id);
  }, []);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const r = target.id
        ? await api('inspection.get', { recordId: target.id })
        : await api('inspection.open', { drawId: target.drawId!, villageId: target.villageId! });
      setOffline(false);
      adopt(r);
    } catch (e) {
      const kept = keptView(localKey(target));
      if (e instanceof NetworkError && kept) {
        setOffline(true);
        adopt(kept, { keepForm: true });
      } else setError(toUiError(e));
    } finally {
      setLoading(false);
    }
  }, [localKey(target)]);

  useEffect(() => {
    void load();
    startOfflineSync();
    return offlineQueue.subscribe(() => {
      const id = view?.id ?? target.id;
      if (!id) return;
      const now = queuedFor(id).filter((q) => !q.failed).length;
      setQueued((before) => {
        if (now < before) void load();
        return now;
      });
    });
  }, [load]);

  const edit = (change: (f: RecordForm) => RecordForm) => {
    setDraft((d) => {
      if (!d || !view) return d;
      const next = { ...d, form: change(d.form) };
      keepDraft(view.id, next);
      return next;
    });
  };

  /** Saves the form (finish: and asks for signatures); answers 'sent' or 'queued'. Refusals throw. */
  const save = async (finish: boolean): Promise<'sent' | 'queued'> => {
    if (!view || !draft) return 'sent';
    const out = await offlineQueue.callOrQueue('inspection.save', saveInputOf(view.id, draft.form, finish, draft.clientRequestId));
    if (out.status === 'sent') {
      dropDraft(view.id);
      adopt(out.result);
      return 'sent';
    }
    // Waiting for the network: further edits go in a new request after this one.
    const next = { ...freshDraft(view), form: draft.form, revision: view.revision };
    keepDraft(view.id, next);
    setDraft(next);
    setQueued(queuedFor(view.id).filter((q) => !q.failed).length);
    return 'queued';
  };

  const refused = view ? queuedFor(view.id).find((q) => q.failed) ?? null : null;
  return { view, draft, error, offline, loading, queued, refused, reload: load, edit, save, adopt };
}
