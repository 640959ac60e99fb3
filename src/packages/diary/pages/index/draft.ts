import Taro from '@tarojs/taro';
import type { DiarySections } from '../../../../core/diary/sections';

/** What is typed but maybe not yet on the server: kept on the phone so nothing is lost offline. */
export interface DiaryDraft {
  sections: DiarySections;
  photos: { id: string; url: string }[];
  /** Reused when a save is retried after a network failure, so the server counts it once. */
  clientRequestId: string;
  /** When the draft was last changed on the phone (ISO). */
  changedAt: string;
}

const key = (personId: string, day: string) => `zhucun.diary.draft.${personId}.${day}`;

export function loadDraft(personId: string, day: string): DiaryDraft | null {
  try {
    const raw = Taro.getStorageSync(key(personId, day)) as DiaryDraft | '';
    return raw && typeof raw === 'object' && raw.sections ? raw : null;
  } catch {
    return null;
  }
}

export function saveDraft(personId: string, day: string, draft: DiaryDraft): void {
  try {
    Taro.setStorageSync(key(personId, day), draft);
  } catch {
    // Storage full or unavailable: the text is still on screen.
  }
}

export function clearDraft(personId: string, day: string): void {
  try {
    Taro.removeStorageSync(key(personId, day));
  } catch {
    // nothing to clear
  }
}
