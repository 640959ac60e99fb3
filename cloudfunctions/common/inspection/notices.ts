import { shortMonthLabel, type RuleConfig } from '../../../src/core';
import type { Ctx } from '../context';
import { pushQueued, queueNotice, type MessageDoc } from '../delivery/messages';
import type { DocTx } from '../store/driver';
import type { InspectionRecordDoc } from './record-docs';

export const RECORD_PAGE = '/packages/inspection/pages/record/index';

/**
 * 消息 to each roster signer but the one who asked (the village's first secretary, the team's other
 * inspectors) when a record is put up for signatures: one per record and revision, written with the save.
 */
export async function queueSignRequests(w: DocTx, now: Date, rules: RuleConfig, rec: InspectionRecordDoc, personIds: readonly string[]): Promise<MessageDoc[]> {
  const out: MessageDoc[] = [];
  for (const personId of personIds) {
    const doc = await queueNotice(w, now, rules, {
      personId,
      countyId: rec.countyId,
      kind: 'inspection-sign',
      key: `${rec._id}:${rec.revision}`,
      title: '督查纪实表待您签字',
      body: `${rec.villageName}${shortMonthLabel(rec.month)}督查纪实表已提交，请查看后签字`,
      page: `${RECORD_PAGE}?id=${rec._id}`,
    });
    if (doc) out.push(doc);
  }
  return out;
}

/** Pushes them after the write; a failed push leaves the message in 消息 (so does a caller without delivery: the demo seed). */
export async function pushSignRequests(ctx: Ctx, docs: readonly MessageDoc[]): Promise<void> {
  if (docs.length === 0 || !ctx.services?.delivery) return;
  try {
    await pushQueued(ctx, docs);
  } catch (e) {
    console.error('inspection notice push failed; the message stays in 消息', e);
  }
}
