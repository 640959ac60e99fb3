import Taro from '@tarojs/taro';
import type { InputOf } from '../../../../../types';
import type { inspectionSave } from '../../../../../types/actions/inspection';
import type { FactCheck, RecordView } from '../../../../../types/inspection';
import { newRequestId } from '../../../../services/location';

export type SaveInput = InputOf<typeof inspectionSave>;

/** What the inspector edits: everything of a save but the request id and `finish`. */
export interface RecordForm {
  header: SaveInput['header'];
  items: { key: string; answer: 'yes' | 'no' | null; note: string }[];
  checks: Record<string, FactCheck>;
  satisfaction: { visited: string; satisfiedRate: string; dissatisfiedRate: string; note: string };
  extraProblems: { text: string; responsiblePersonId: string | null }[];
}

const num = (x: number | null) => (x === null ? '' : String(x));

export function formOf(r: RecordView): RecordForm {
  const h = r.header;
  return {
    header: { population: h.population, poorCount: h.poorCount, lastYearIncome: h.lastYearIncome, fundWan: h.fundWan, projectFundWan: h.projectFundWan },
    items: r.items.map((i) => ({ key: i.key, answer: i.answer, note: i.note })),
    checks: r.checks,
    satisfaction: { visited: num(r.satisfaction.visited), satisfiedRate: num(r.satisfaction.satisfiedRate), dissatisfiedRate: num(r.satisfaction.dissatisfiedRate), note: r.satisfaction.note },
    extraProblems: r.extraProblems,
  };
}

/** A typed number, or null when empty; NaN stays NaN so the server refuses it with its message. */
const parse = (s: string): number | null => (s.trim() === '' ? null : Number(s.trim()));

export function saveInputOf(recordId: string, f: RecordForm, finish: boolean, clientRequestId: string): SaveInput {
  return {
    recordId,
    header: f.header,
    items: f.items,
    checks: f.checks,
    satisfaction: { visited: parse(f.satisfaction.visited), satisfiedRate: parse(f.satisfaction.satisfiedRate), dissatisfiedRate: parse(f.satisfaction.dissatisfiedRate), note: f.satisfaction.note },
    extraProblems: f.extraProblems.filter((p) => p.text.trim() !== ''),
    finish,
    clientRequestId,
  };
}

/**
 * The record kept on the phone, so it opens and is filled in the village without a network: the last
 * view the server sent, and the inspector's unsaved form with the request id its save will use.
 */
const viewKey = (id: string) => `zhucun.inspection.view.${id}`;
const draftKey = (id: string) => `zhucun.inspection.draft.${id}`;

export function keepView(r: RecordView): void {
  Taro.setStorageSync(viewKey(r.id), r);
}
export function keptView(id: string): RecordView | null {
  const v = Taro.getStorageSync(viewKey(id)) as RecordView | '' | undefined;
  return v && typeof v === 'object' ? v : null;
}

export interface Draft {
  form: RecordForm;
  /** The revision it was started from. */
  revision: number;
  clientRequestId: string;
}
export function keepDraft(id: string, d: Draft): void {
  Taro.setStorageSync(draftKey(id), d);
}
export function keptDraft(id: string): Draft | null {
  const d = Taro.getStorageSync(draftKey(id)) as Draft | '' | undefined;
  return d && typeof d === 'object' ? d : null;
}
export function dropDraft(id: string): void {
  Taro.removeStorageSync(draftKey(id));
}
export function freshDraft(r: RecordView): Draft {
  return { form: formOf(r), revision: r.revision, clientRequestId: newRequestId() };
}
