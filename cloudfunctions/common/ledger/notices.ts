import type { MessageKind } from '../../../types/supervision';
import type { Ctx } from '../context';
import { pushQueued, queueNotice, type MessageDoc } from '../delivery/messages';
import { townshipSupervisors } from '../delivery/recipients';
import { countyRules } from '../month';
import type { RuleConfig } from '../../../src/core';
import type { DocDriver } from '../store/driver';
import type { TxStore } from './write';
import type { ProblemDoc } from './docs';

export const LEDGER_PAGES = {
  list: '/packages/ledger/pages/list/index',
  mine: '/packages/ledger/pages/mine/index',
  problem: (id: string) => `/packages/ledger/pages/problem/index?id=${encodeURIComponent(id)}`,
} as const;

/** Members of the inspection team whose record found the problem. */
export async function teamInspectors(store: DocDriver, p: ProblemDoc): Promise<string[]> {
  const record = await store.get('inspection_records', p.inspectionId);
  if (!record?.teamId) return [];
  const team = await store.get('inspection_teams', record.teamId);
  return team?.memberIds ?? [];
}

/** Who is told and under which county rules; read before the write's transaction (which takes no queries). */
export async function noticeTargets(ctx: Ctx, p: ProblemDoc, who: 'reviewers' | string[]): Promise<{ rules: RuleConfig; personIds: string[] }> {
  return { rules: await countyRules(ctx.store, p.countyId), personIds: who === 'reviewers' ? await reviewersOf(ctx.store, p) : who };
}

/** Queues one notice per person in the write's transaction, keyed so a retry adds none. */
export async function queueProblemNotices(
  ctx: Ctx,
  tx: TxStore,
  p: ProblemDoc,
  { rules, personIds }: { rules: RuleConfig; personIds: string[] },
  n: { kind: MessageKind; key: string; title: string; body: string },
): Promise<MessageDoc[]> {
  const out: MessageDoc[] = [];
  for (const personId of [...new Set(personIds)]) {
    const doc = await queueNotice(tx, ctx.now, rules, { personId, countyId: p.countyId, page: LEDGER_PAGES.problem(p._id), ...n });
    if (doc) out.push(doc);
  }
  return out;
}

/** Who checks a problem's rectification: the township's supervisors and the team's inspectors. */
export async function reviewersOf(store: DocDriver, p: ProblemDoc): Promise<string[]> {
  return [...(await townshipSupervisors(store, p.countyId, p.townshipId)), ...(await teamInspectors(store, p))];
}

/** After the write committed: pushes that are due go now; a failed push never undoes the write. */
export async function pushProblemNotices(ctx: Ctx, docs: readonly MessageDoc[]): Promise<void> {
  if (docs.length === 0) return;
  try {
    await pushQueued(ctx, docs);
  } catch (e) {
    console.error('ledger notice push failed; the message stays in 消息', e);
  }
}
