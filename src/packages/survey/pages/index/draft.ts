import Taro from '@tarojs/taro';
import type { SurveyAnswers, SurveyQuestion } from '../../../../core/survey/types';

/** What the survey page keeps on the phone, per scene, so nothing is lost with the connection. */
export interface SurveyInfo {
  campaignTitle: string;
  organiser: string;
  villageName: string;
  to: string;
  onePerHousehold: boolean;
  questions: SurveyQuestion[];
}

export interface Draft {
  survey: SurveyInfo | null;
  answers: SurveyAnswers;
  household: { head: string; group: string };
  /** Indices visited, for 上一题. */
  history: number[];
  /** Set when 提交 is tapped: sent (and resent with the same id) until the server answers. */
  pending: { clientRequestId: string; answers: SurveyAnswers; household?: { head: string; group: string } } | null;
  done: boolean;
}

const key = (scene: string) => `zhucun.survey.${scene}`;

export const emptyDraft = (): Draft => ({ survey: null, answers: {}, household: { head: '', group: '' }, history: [], pending: null, done: false });

export function loadDraft(scene: string): Draft {
  const raw = Taro.getStorageSync(key(scene)) as unknown;
  if (!raw || typeof raw !== 'object') return emptyDraft();
  return { ...emptyDraft(), ...(raw as Partial<Draft>) };
}

export function saveDraft(scene: string, d: Draft): void {
  try {
    Taro.setStorageSync(key(scene), d);
  } catch {
    // Storage full or unavailable: the page still works, only without resume.
  }
}

export const newRequestId = (): string => `sv-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

/** The scene from the mini-program code (`scene` option, URL-encoded) or the H5 link (?scene=). */
export function readScene(): string | null {
  const params = (Taro.getCurrentInstance?.()?.router?.params ?? {}) as Record<string, string | undefined>;
  let raw = params.scene ?? null;
  // H5 only: the mini-program has no URL (nor URLSearchParams).
  if (!raw && process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && window.location) {
    const { search, hash } = window.location;
    for (const q of [search, hash.includes('?') ? hash.slice(hash.indexOf('?')) : '']) {
      raw = new URLSearchParams(q).get('scene');
      if (raw) break;
    }
  }
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
