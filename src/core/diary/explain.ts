import { dayList } from '../compliance/format';
import { dayLabel } from '../labels';
import type { BatchFinding } from './batch';
import type { DuplicateMatch, TextEntry } from './duplicate';

/** Similarity as a whole percentage, rounded down (0.799 → 79%, never shown as 80%). */
export function similarityPercent(similarity: number): string {
  return `${Math.floor(similarity * 100 + 1e-9)}%`;
}

/** Plain Chinese for the supervisor: several days' diaries written in one sitting. */
export function explainBatch(f: BatchFinding): string {
  return `${f.spanMinutes}分钟内集中填写了${f.days.length}天的工作日志（${dayList(f.days, 8)}），疑似事后集中补写，请核实这几天是否在岗、是否当天记录。`;
}

/** Plain Chinese for the supervisor: which two entries match and how closely. */
export function explainDuplicate(focus: TextEntry, m: DuplicateMatch, names: { focus: string; other: string }): string {
  const pct = similarityPercent(m.similarity);
  if (m.samePerson) {
    return `${names.focus}${dayLabel(focus.day)}的工作日志与本人${dayLabel(m.other.day)}的日志内容相似度${pct}，疑似照抄旧日志，请核实当天实际工作。`;
  }
  return `${names.focus}${dayLabel(focus.day)}的工作日志与${names.other}${dayLabel(m.other.day)}的日志内容相似度${pct}，疑似相互抄写，请核实。`;
}
