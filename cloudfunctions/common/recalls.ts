import { GRADE_LABELS, type Grade } from '../../src/core';
import type { Ctx } from './context';
import { audit } from './audit';
import { pushQueued, queueNotice, type MessageDoc } from './delivery/messages';
import type { PersonDoc } from './model';
import { countyRules } from './month';
import { scopeGrants } from './org';
import type { DocTx } from './store/driver';

export const RECALL_PAGE = '/packages/ledger/pages/recalls/index';

/** A 召回并重新选派 task (seed 000): opened when a cadre's 不称职 is confirmed, for the sending unit's contact. */
export interface RecallDoc {
  _id: string;
  personId: string;
  personName: string;
  villageId: string;
  countyId: string;
  unitId: string | null;
  period: string;
  reason: string;
  status: 'open' | 'done' | 'cancelled';
  createdAt: string;
  createdBy: string;
  doneAt: string | null;
  doneBy: string | null;
  doneNote: string | null;
}

export const recallId = (personId: string, period: string) => `recall:${personId}:${period}`;

/**
 * What a confirmation does to the recall task, prepared before the write's transaction (which takes
 * no queries): 不称职 opens one (once per person and period) and tells the unit's contacts; another
 * grade cancels an open one.
 */
export async function recallChange(ctx: Ctx, person: PersonDoc, period: string, grade: Grade, reason: string) {
  const id = recallId(person._id, period);
  const existing = await ctx.store.get('recalls', id);
  const contacts = person.unitId ? (await scopeGrants(ctx.store, person.countyId, person.unitId)).filter((g) => g.role === 'unit_contact').map((g) => g.personId) : [];
  const rules = await countyRules(ctx.store, person.countyId);
  let notices: MessageDoc[] = [];
  const write = async (tx: DocTx) => {
    if (grade === 'incompetent' && (!existing || existing.status === 'cancelled')) {
      const doc: RecallDoc = {
        _id: id,
        personId: person._id,
        personName: person.name,
        villageId: person.villageId!,
        countyId: person.countyId,
        unitId: person.unitId,
        period,
        reason,
        status: 'open',
        createdAt: ctx.now.toISOString(),
        createdBy: ctx.person!._id,
        doneAt: null,
        doneBy: null,
        doneNote: null,
      };
      await tx.put('recalls', doc);
      await audit(ctx, tx, { countyId: person.countyId, entity: 'recall', entityId: id, action: 'open', after: { status: 'open' }, note: reason });
      const out: MessageDoc[] = [];
      for (const personId of contacts) {
        const m = await queueNotice(tx, ctx.now, rules, {
          personId,
          countyId: person.countyId,
          kind: 'recall-task',
          key: `${id}:${doc.createdAt}`,
          title: '召回并重新选派',
          body: `${person.name}（${period}）确定为${GRADE_LABELS.incompetent}，请召回并重新选派。理由：${reason}`,
          page: RECALL_PAGE,
        });
        if (m) out.push(m);
      }
      notices = out;
    } else if (grade !== 'incompetent' && existing?.status === 'open') {
      await tx.update('recalls', id, { status: 'cancelled' });
      await audit(ctx, tx, { countyId: person.countyId, entity: 'recall', entityId: id, action: 'cancel', before: { status: 'open' }, after: { status: 'cancelled' }, note: `等次改为${GRADE_LABELS[grade]}` });
    }
  };
  return {
    write,
    get notices() {
      return notices;
    },
  };
}

export async function pushRecallNotices(ctx: Ctx, docs: readonly MessageDoc[]): Promise<void> {
  if (docs.length === 0) return;
  try {
    await pushQueued(ctx, docs);
  } catch (e) {
    console.error('recall notice push failed; the message stays in 消息', e);
  }
}
