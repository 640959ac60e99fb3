import { useCallback, useState } from 'react';
import { DIARY_SECTION_KEYS, emptySections, type DiarySectionKey, type DiarySections } from '../../../../core/diary/sections';
import { newRequestId } from '../../../../services/location';
import type { DiaryEntryView } from '../../../../../types/diary';
import { clearDraft, loadDraft, saveDraft, type DiaryDraft } from './draft';

export type DraftStatus = 'saved' | 'empty' | 'dirty' | 'restored';

const same = (a: DiarySections, b: DiarySections) => DIARY_SECTION_KEYS.every((k) => a[k] === b[k]);

function initial(personId: string, day: string, entry: DiaryEntryView | null): { draft: DiaryDraft; status: DraftStatus } {
  const saved: DiaryDraft = {
    sections: entry ? { ...entry.sections } : emptySections(),
    photos: entry ? entry.photos : [],
    clientRequestId: newRequestId(),
    changedAt: entry?.updatedAt ?? new Date(0).toISOString(),
  };
  // A draft is removed once the server has it, so one still here that differs holds unsaved typing:
  // restore it (phone and server clocks may disagree, so no time comparison decides this).
  const local = loadDraft(personId, day);
  const differs = local && (!same(local.sections, saved.sections) || local.photos.map((p) => p.id).join() !== saved.photos.map((p) => p.id).join());
  if (local && differs) return { draft: local, status: 'restored' };
  if (local) clearDraft(personId, day); // the same as the server's entry: nothing to keep
  return { draft: saved, status: entry ? 'saved' : 'empty' };
}

/**
 * Today's diary as typed: every change is kept on the phone at once (Taro storage), so a dropped
 * network or a closed app loses nothing; an unsaved draft is restored when the page opens again.
 */
export function useDiaryDraft(personId: string, day: string, entry: DiaryEntryView | null) {
  const [state, setState] = useState(() => initial(personId, day, entry));
  const change = useCallback(
    (patch: (d: DiaryDraft) => Partial<Pick<DiaryDraft, 'sections' | 'photos'>>) => {
      setState((s) => {
        // Any change is a new request: a retry of an older attempt must not answer for new text.
        const draft = { ...s.draft, ...patch(s.draft), clientRequestId: newRequestId(), changedAt: new Date().toISOString() };
        saveDraft(personId, day, draft);
        return { draft, status: 'dirty' as DraftStatus };
      });
    },
    [personId, day],
  );
  return {
    draft: state.draft,
    status: state.status,
    setSection: (key: DiarySectionKey, text: string) => change((d) => ({ sections: { ...d.sections, [key]: text } })),
    /** Adds a line to a section unless the text is already there (e.g. a household visit just recorded). */
    appendLine: (key: DiarySectionKey, line: string, unlessContains: string) =>
      change((d) => (d.sections[key].includes(unlessContains) ? {} : { sections: { ...d.sections, [key]: d.sections[key] ? `${d.sections[key]}\n${line}` : line } })),
    setPhotos: (update: (photos: DiaryDraft['photos']) => DiaryDraft['photos']) => change((d) => ({ photos: update(d.photos) })),
    /** A queued save reached the server later: the same request id means the same content. */
    markSent: (sentRequestId: string) =>
      setState((s) => {
        if (s.draft.clientRequestId !== sentRequestId) return s;
        clearDraft(personId, day);
        return { draft: { ...s.draft, clientRequestId: newRequestId() }, status: 'saved' };
      }),
    /** The server has the entry: forget the local draft, unless it changed again while saving. */
    markSaved: (e: DiaryEntryView, sentRequestId: string) =>
      setState((s) => {
        if (s.draft.clientRequestId !== sentRequestId) return s;
        clearDraft(personId, day);
        return { draft: { sections: { ...e.sections }, photos: e.photos, clientRequestId: newRequestId(), changedAt: e.updatedAt }, status: 'saved' };
      }),
  };
}
