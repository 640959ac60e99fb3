import type { LedgerFlag, ProblemStatus } from '../../../types/ledger';

/**
 * A problem of the rectification ledger. The inspection record writes it when signed (status
 * 'open'); everything after that is the ledger's: 责任人/措施/时限 edits, the 整改完成情况 with
 * evidence, 退回 and 销号, copy flags and the overdue escalation.
 */
export interface ProblemDoc {
  _id: string;
  villageId: string;
  countyId: string;
  townshipId: string;
  month: string;
  inspectionId: string;
  source: 'item' | 'inspector';
  itemKey: string | null;
  text: string;
  responsiblePersonId: string | null;
  measures: string;
  dueDay: string;
  status: ProblemStatus;
  createdAt: string;
  createdBy: string;
  rectification?: Rectification | null;
  /** Counts submissions, so a view of the evidence belongs to one submission. */
  submissionNo?: number;
  /** Reviewers who opened the evidence, per submission. */
  evidenceViews?: { personId: string; submissionNo: number; at: string }[];
  returnReason?: string | null;
  closedAt?: string | null;
  closedBy?: string | null;
  flags?: LedgerFlag[];
  history?: { at: string; by: string; byName: string; action: 'edit' | 'submit' | 'return' | 'close'; note: string | null }[];
  /** When the overdue problem was escalated to each level (once per level). */
  escalatedTownshipAt?: string | null;
  escalatedCountyAt?: string | null;
}

export interface Rectification {
  text: string;
  evidenceIds: string[];
  submittedAt: string;
  submittedBy: string;
  submittedByName: string;
  /** The clientRequestId of the submission: its retry answers the same. */
  requestId?: string;
}

/** One evidence file, with the SHA-256 of its content (the same photo reused is flagged). */
export interface EvidenceDoc {
  _id: string;
  problemId: string;
  villageId: string;
  countyId: string;
  personId: string;
  fileId: string;
  contentType: string;
  bytes: number;
  sha256: string;
  createdAt: string;
}

/** Past its 时限 and still with the village (not submitted for 销号, not closed). */
export function isOverdue(p: Pick<ProblemDoc, 'status' | 'dueDay'>, today: string): boolean {
  return (p.status === 'open' || p.status === 'returned') && p.dueDay < today;
}
