import type { Day } from '../time';
import { textSimilarity } from './similarity';

/** What duplicate detection needs of an entry. */
export interface TextEntry {
  id: string;
  personId: string;
  day: Day;
  text: string;
}

export interface DuplicateMatch {
  other: TextEntry;
  /** Bigram Dice similarity, 0..1 (see similarity.ts). */
  similarity: number;
  /** The same person on another day (照抄自己), or another person (抄别人). */
  samePerson: boolean;
}

/**
 * Entries whose text is at least `threshold` similar to the focus entry's, most similar first.
 * Compared: the same person's entries for other days, and other people's entries of any day.
 * The focus itself, and texts too short to judge, are skipped. The caller chooses the candidates
 * (a bounded set: the village or township over the last weeks), never a whole county.
 */
export function findNearDuplicates(focus: TextEntry, candidates: readonly TextEntry[], threshold: number): DuplicateMatch[] {
  const out: DuplicateMatch[] = [];
  for (const other of candidates) {
    if (other.id === focus.id) continue;
    const samePerson = other.personId === focus.personId;
    if (samePerson && other.day === focus.day) continue;
    const similarity = textSimilarity(focus.text, other.text);
    if (similarity === null || similarity < threshold) continue;
    out.push({ other, similarity, samePerson });
  }
  return out.sort((a, b) => b.similarity - a.similarity || a.other.day.localeCompare(b.other.day) || a.other.id.localeCompare(b.other.id));
}
