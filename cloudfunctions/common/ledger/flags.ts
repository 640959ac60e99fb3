import { findNearDuplicates, similarityPercent, textSimilarity, type TextEntry } from '../../../src/core';
import { RECTIFICATION_PROBLEM_SIMILARITY, RECTIFICATION_SIMILARITY, type LedgerFlag } from '../../../types/ledger';
import { countyVillages } from '../org';
import { findAll, type DocDriver } from '../store/driver';
import type { EvidenceDoc, ProblemDoc } from './docs';

/** Rectifications of the county compared against a new one: the last year's, other villages only. */
const LOOKBACK_MONTHS = 12;

function monthsBefore(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const i = y * 12 + (m - 1) - n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/**
 * Copy flags of a rectification (seed 003: 整改材料雷同, 照搬照抄, 佐证照片不符), never a block:
 * the text near-identical to the problem's own text, or to another village's rectification (the
 * diary's bigram similarity, `findNearDuplicates` with the village in the person's place), and an
 * evidence file whose content (SHA-256) was already used for another problem.
 * Answers this problem's flags and, for the other problems involved, the reciprocal flag.
 */
export async function rectificationFlags(
  store: DocDriver,
  problem: ProblemDoc,
  text: string,
  evidence: EvidenceDoc[],
): Promise<{ flags: LedgerFlag[]; others: Map<string, LedgerFlag[]> }> {
  const flags: LedgerFlag[] = [];
  const others = new Map<string, LedgerFlag[]>();
  const tellOther = (id: string, f: LedgerFlag) => others.set(id, dedupe([...(others.get(id) ?? []), f]));
  const villages = new Map((await countyVillages(store, problem.countyId)).map((v) => [v._id, v.name]));
  const here = villages.get(problem.villageId) ?? '本村';

  const own = textSimilarity(text, problem.text);
  if (own !== null && own >= RECTIFICATION_PROBLEM_SIMILARITY) {
    flags.push({ kind: 'text-like-problem', text: `整改完成情况与问题描述相似度${similarityPercent(own)}，疑似照抄问题原文，请核实实际整改。`, otherProblemId: null });
  }

  const since = monthsBefore(problem.month, LOOKBACK_MONTHS);
  const candidates = (await findAll(store, 'problems', { countyId: problem.countyId, month: { $gte: since } })).filter(
    (p) => p._id !== problem._id && p.villageId !== problem.villageId && p.rectification,
  );
  const entries: TextEntry[] = candidates.map((p) => ({ id: p._id, personId: p.villageId, day: p.rectification!.submittedAt.slice(0, 10), text: p.rectification!.text }));
  const focus: TextEntry = { id: problem._id, personId: problem.villageId, day: '', text };
  for (const m of findNearDuplicates(focus, entries, RECTIFICATION_SIMILARITY).slice(0, 3)) {
    const there = villages.get(m.other.personId) ?? '其他村';
    const pct = similarityPercent(m.similarity);
    flags.push({ kind: 'text-like-other', text: `整改完成情况与${there}的整改材料相似度${pct}，疑似村与村之间照搬照抄，请核实。`, otherProblemId: m.other.id });
    tellOther(m.other.id, { kind: 'text-like-other', text: `整改完成情况与${here}后来提交的整改材料相似度${pct}，疑似雷同，请核实。`, otherProblemId: problem._id });
  }

  for (const e of evidence) {
    const same = (await store.find('evidence', { countyId: problem.countyId, sha256: e.sha256 })).filter((x) => x.problemId !== problem._id);
    for (const x of same.slice(0, 3)) {
      const there = x.villageId === problem.villageId ? '本村另一问题' : (villages.get(x.villageId) ?? '其他村');
      flags.push({ kind: 'photo-reused', text: `有一份佐证材料与${there}的佐证材料是同一个文件，疑似佐证不符，请核实。`, otherProblemId: x.problemId });
      tellOther(x.problemId, { kind: 'photo-reused', text: `有一份佐证材料又被${here}用作另一问题的佐证，请核实。`, otherProblemId: problem._id });
    }
  }
  return { flags: dedupe(flags), others };
}

function dedupe(flags: LedgerFlag[]): LedgerFlag[] {
  const seen = new Set<string>();
  return flags.filter((f) => {
    const k = `${f.kind}:${f.otherProblemId}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
