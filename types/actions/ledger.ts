import { z } from 'zod';
import { defineAction } from '../action';
import { ClientRequestId, Day, Id, Month } from '../common';
import {
  EVIDENCE_TYPES,
  EvidenceView,
  ProblemRow,
  ProblemStatus,
  ProblemView,
  RECTIFICATION_MAX_CHARS,
  RECTIFICATION_MIN_CHARS,
  EVIDENCE_MAX_FILES,
} from '../ledger';

/**
 * The problems the caller may see: a cadre their village's, a township supervisor their township's,
 * a county admin their county's, a city admin their city's, an inspector their team's inspections'.
 * `mine`: only those where the caller is 责任人 (我的整改).
 */
export const ledgerList = defineAction(
  'ledger.list',
  'person',
  z
    .object({
      status: z.union([ProblemStatus, z.literal('all')], { error: '状态不对' }).optional(),
      overdue: z.boolean().optional(),
      month: Month.optional(),
      mine: z.boolean().optional(),
    })
    .strict(),
  z.object({ rows: z.array(ProblemRow), counts: z.record(z.string(), z.number()), today: z.string() }),
);

/** One problem with its rectification, flags, history and what the caller may do. */
export const ledgerGet = defineAction('ledger.get', 'person', z.object({ problemId: Id }).strict(), ProblemView);

/** 责任人, 整改措施 and 时限, set by the inspector or the township supervisor (audited). */
export const ledgerEdit = defineAction(
  'ledger.edit',
  ['inspector', 'township_supervisor'],
  z
    .object({
      problemId: Id,
      responsiblePersonId: Id.nullable().optional(),
      measures: z.string().trim().max(300, '整改措施最多300字').optional(),
      dueDay: Day.optional(),
    })
    .strict(),
  z.object({ problemId: z.string() }),
);

/** One evidence file (photo or PDF) uploaded by the 责任人 for a problem; kept until submitted. */
export const ledgerUploadEvidence = defineAction(
  'ledger.uploadEvidence',
  'person',
  z
    .object({
      problemId: Id,
      contentType: z.enum(EVIDENCE_TYPES, { error: '文件格式不对，请换成照片或扫描件' }),
      dataBase64: z.string({ error: '缺少文件内容' }).min(16, '文件内容为空').max(120_000, '文件太大，请压缩后再传'),
      clientRequestId: ClientRequestId,
    })
    .strict(),
  z.object({ evidenceId: z.string(), url: z.string(), bytes: z.number() }),
);

/** 整改完成情况 with at least one piece of 佐证材料, by the 责任人. */
export const ledgerSubmit = defineAction(
  'ledger.submit',
  'person',
  z
    .object({
      problemId: Id,
      text: z
        .string({ error: '请填写整改完成情况' })
        .trim()
        .min(RECTIFICATION_MIN_CHARS, `整改完成情况至少写${RECTIFICATION_MIN_CHARS}个字`)
        .max(RECTIFICATION_MAX_CHARS, `整改完成情况最多${RECTIFICATION_MAX_CHARS}字`),
      evidenceIds: z.array(Id).min(1, '请上传佐证材料（照片或文件）').max(EVIDENCE_MAX_FILES, `佐证材料最多${EVIDENCE_MAX_FILES}份`),
      clientRequestId: ClientRequestId,
    })
    .strict(),
  z.object({ problemId: z.string(), status: ProblemStatus, flagCount: z.number() }),
);

/** The evidence of a problem with links; a reviewer's opening is recorded (销号 needs it). */
export const ledgerEvidence = defineAction('ledger.evidence', 'person', z.object({ problemId: Id }).strict(), z.array(EvidenceView));

/** 销号 (close), only after the reviewer opened the evidence; or 退回 (return) with a reason. Audited. */
export const ledgerReview = defineAction(
  'ledger.review',
  ['inspector', 'township_supervisor'],
  z
    .object({
      problemId: Id,
      decision: z.enum(['close', 'return'], { error: '请选择销号或退回' }),
      reason: z.string().trim().max(200, '理由最多200字').optional(),
    })
    .strict(),
  z.object({ problemId: z.string(), status: ProblemStatus }),
);
