import { z } from 'zod';

/**
 * The rectification ledger (整改台账, seed 003): each problem an inspection found, who fixes it,
 * how and by when, what they did with evidence, and its 销号.
 *
 * open → submitted (整改完成情况 with 佐证材料) → closed (销号), or → returned (退回, with a reason) → submitted …
 */
export const ProblemStatus = z.enum(['open', 'submitted', 'returned', 'closed']);
export type ProblemStatus = z.infer<typeof ProblemStatus>;

export const PROBLEM_STATUS_LABELS: Record<ProblemStatus, string> = {
  open: '待整改',
  submitted: '待销号',
  returned: '已退回',
  closed: '已销号',
};

/**
 * Evidence: photos compressed on the phone, or a small PDF (a scanned page). One call carries one
 * file, so it stays under CloudBase's 100 KB request limit, as the diary's photos do.
 */
export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const EVIDENCE_MAX_BYTES = 70 * 1024;
export const EVIDENCE_MAX_FILES = 9;
export const RECTIFICATION_MIN_CHARS = 10;
export const RECTIFICATION_MAX_CHARS = 500;

/** Similarity (bigram Dice, as the diary's) at which rectification text counts as near-identical. */
export const RECTIFICATION_SIMILARITY = 0.8;
/**
 * Against the problem's own text the bar is lower: the usual copy turns the problem around with a
 * few words (未建立 → 已建立, 不全 → 齐全), which keeps about three quarters of the pairs (0.73),
 * while an account of what was done shares the problem's key words only (about 0.3).
 */
export const RECTIFICATION_PROBLEM_SIMILARITY = 0.6;

export const LedgerFlagKind = z.enum(['text-like-problem', 'text-like-other', 'photo-reused']);
export type LedgerFlagKind = z.infer<typeof LedgerFlagKind>;

export const LedgerFlag = z.object({
  kind: LedgerFlagKind,
  /** Plain Chinese for the supervisor. */
  text: z.string(),
  otherProblemId: z.string().nullable(),
});
export type LedgerFlag = z.infer<typeof LedgerFlag>;

export const ProblemRow = z.object({
  id: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  month: z.string(),
  text: z.string(),
  responsibleName: z.string().nullable(),
  dueDay: z.string(),
  status: ProblemStatus,
  statusLabel: z.string(),
  overdue: z.boolean(),
  flagCount: z.number(),
});
export type ProblemRow = z.infer<typeof ProblemRow>;

export const HistoryEntry = z.object({
  at: z.string(),
  byName: z.string(),
  action: z.enum(['edit', 'submit', 'return', 'close']),
  note: z.string().nullable(),
});

export const ProblemView = ProblemRow.extend({
  source: z.enum(['item', 'inspector']),
  responsiblePersonId: z.string().nullable(),
  measures: z.string(),
  rectification: z
    .object({ text: z.string(), evidenceCount: z.number(), submittedAt: z.string(), submittedByName: z.string() })
    .nullable(),
  returnReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  flags: z.array(LedgerFlag),
  history: z.array(HistoryEntry),
  /** What the caller may do now. */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean() }),
  /** The caller (a reviewer) has opened the evidence of the current submission: 销号 is possible. */
  evidenceViewed: z.boolean(),
  /** The server's day (the earliest 时限 a reviewer may set). */
  today: z.string(),
  /** Cadres of the village, for choosing 责任人. */
  cadres: z.array(z.object({ personId: z.string(), name: z.string() })),
});
export type ProblemView = z.infer<typeof ProblemView>;

export const EvidenceView = z.object({
  id: z.string(),
  url: z.string(),
  contentType: z.string(),
  bytes: z.number(),
  uploadedAt: z.string(),
  /** Submitted with the current 整改完成情况 (false: uploaded, not yet submitted). */
  submitted: z.boolean(),
});
export type EvidenceView = z.infer<typeof EvidenceView>;
