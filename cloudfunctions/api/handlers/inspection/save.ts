import type { z } from 'zod';
import { inspectionSave } from '../../../../types/actions/inspection';
import type { FactCheck, InspectionFacts, RecordView } from '../../../../types/inspection';
import { audit } from '../../../common/audit';
import type { Ctx } from '../../../common/context';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import { recordAccess, requireRecord } from '../../../common/inspection/access';
import { gatherFacts, percent } from '../../../common/inspection/facts';
import type { InspectionRecordDoc } from '../../../common/inspection/record-docs';
import { requiredSigners, villageCadres } from '../../../common/inspection/signers';
import { pushSignRequests, queueSignRequests } from '../../../common/inspection/notices';
import type { MessageDoc } from '../../../common/delivery/messages';
import { countyRules } from '../../../common/month';
import type { RuleConfig } from '../../../../src/core';
import { recordView } from '../../../common/inspection/view';
import type { DocTx } from '../../../common/store/driver';
import { handle } from '../../handler';

type Input = z.output<typeof inspectionSave.input>;

/** The facts an inspector confirms or corrects: each cadre's month, the team's coverage, the survey. */
export function factKeys(f: InspectionFacts): string[] {
  return [...f.cadres.map((c) => `cadre:${c.personId}`), ...(f.coverage ? ['coverage'] : []), ...(f.survey ? ['survey'] : [])];
}

const bad = (path: string, message: string): never => fail('VALIDATION', message, [{ path, message }]);

/** Why the form cannot go to signatures yet, or null. */
function unfinished(rec: Pick<InspectionRecordDoc, 'items' | 'checks' | 'facts'>): { path: string; message: string } | null {
  const open = rec.items.findIndex((i) => i.answer === null);
  if (open >= 0) return { path: `items.${open}.answer`, message: `还有${rec.items.filter((i) => i.answer === null).length}项没有选择是或否` };
  const noNote = rec.items.findIndex((i) => i.answer === 'no' && i.note.trim().length < 2);
  if (noNote >= 0) return { path: `items.${noNote}.note`, message: '选“否”的指标请写明发现的问题（至少2个字）' };
  const unchecked = factKeys(rec.facts).filter((k) => !rec.checks[k]);
  if (unchecked.length) return { path: `checks.${unchecked[0]}`, message: `还有${unchecked.length}项系统数据没有确认或更正` };
  return null;
}

/** The fields of a record the signatures cover. */
const content = (r: Pick<InspectionRecordDoc, 'header' | 'items' | 'checks' | 'satisfaction' | 'extraProblems'>) =>
  JSON.stringify([r.header, r.items, r.checks, r.satisfaction, r.extraProblems]);

/**
 * The inspector saves the whole form. The system's facts are read again while it is being filled; a
 * correction of a system figure needs a note; the satisfaction block, when the survey has it, is the
 * survey's unless corrected with a note. Any change clears the signatures given so far (they covered
 * another text). `finish` asks for signatures.
 */
export default handle(inspectionSave, async (ctx, input) => {
  const { rec, access } = await requireRecord(ctx, input.recordId);
  if (!access.inspector) return fail('FORBIDDEN', '只有本督查组成员可以填写这份纪实表。');
  // Reads and checks first; a refusal is thrown inside `once`, so a retry of a save that already
  // went through answers its first result, and a refused one leaves no marker and changes nothing.
  const plan = await planSave(ctx, rec, input).catch((error: unknown) => ({ error }));
  let notices: MessageDoc[] = [];
  const result = await once(ctx, 'inspection.save', input.clientRequestId, async (tx: DocTx) => {
    if ('error' in plan) throw plan.error;
    if (!plan.saved) return plan.view;
    await tx.put('inspection_records', plan.saved);
    if (rec.signatures.length) {
      await audit(ctx, tx, {
        countyId: rec.countyId,
        entity: 'inspection_record',
        entityId: rec._id,
        action: 'signatures-cleared',
        before: { revision: rec.revision, signatures: rec.signatures.map((x) => x.name) },
        after: { revision: plan.saved.revision },
        note: '签字后内容有改动，已签字作废，需重新签字',
      });
    }
    if (plan.saved.status === 'signing') notices = await queueSignRequests(tx, ctx.now, plan.rules, plan.saved, plan.notify);
    return plan.view;
  });
  await pushSignRequests(ctx, notices);
  return result;
});

/** The record after this save (null: nothing changed), and its view; throws a refusal. */
async function planSave(ctx: Ctx, cur: InspectionRecordDoc, input: Input): Promise<{ saved: InspectionRecordDoc | null; view: RecordView; rules: RuleConfig; notify: string[] }> {
  if (cur.status === 'signed') return fail('CONFLICT', '这份纪实表已经签字生效，不能再修改。');
  const facts = await freshFacts(ctx, cur);
  const next = applyInput(cur, facts, input, await villageCadres(ctx.store, cur.villageId));
  if (input.finish) {
    const why = unfinished(next);
    if (why) return bad(why.path, why.message);
  }
  const status = input.finish ? 'signing' : 'draft';
  const rules = await countyRules(ctx.store, cur.countyId);
  if (content(next) === content(cur) && status === cur.status) return { saved: null, view: await recordView(ctx, cur, await recordAccess(ctx, cur)), rules, notify: [] };
  const saved: InspectionRecordDoc = {
    ...next,
    status,
    revision: cur.revision + 1,
    signatures: [],
    updatedAt: ctx.now.toISOString(),
    updatedBy: ctx.person!._id,
    updatedByName: ctx.person!.name,
  };
  // The roster signers but the one asking are told in 消息 (the village party secretary signs by code).
  const notify = (await requiredSigners(ctx.store, saved)).flatMap((r) => (r.personId && r.personId !== ctx.person!._id ? [r.personId] : []));
  return { saved, view: await recordView(ctx, saved, await recordAccess(ctx, saved)), rules, notify };
}

async function freshFacts(ctx: Ctx, rec: InspectionRecordDoc): Promise<InspectionFacts> {
  const village = await ctx.store.get('villages', rec.villageId);
  if (!village) return rec.facts;
  const township = await ctx.store.get('townships', rec.townshipId);
  return gatherFacts(ctx.store, village, township?.name ?? '', rec.month, ctx.now);
}

function applyInput(cur: InspectionRecordDoc, facts: InspectionFacts, input: Input, cadres: { id: string }[]): InspectionRecordDoc {
  // Items: exactly the record's own, in its order; the text stays the one the record was opened with.
  const given = new Map(input.items.map((i) => [i.key, i]));
  if (given.size !== input.items.length) bad('items', '督查指标重复了');
  for (const k of given.keys()) if (!cur.items.some((i) => i.key === k)) bad('items', '有不属于这份纪实表的督查指标，请刷新后再填');
  const items = cur.items.map((i) => {
    const g = given.get(i.key);
    return g ? { ...i, answer: g.answer, note: g.note } : i;
  });
  // Checks: only on facts the record shows.
  const keys = new Set(factKeys(facts));
  const checks: Record<string, FactCheck> = {};
  for (const [k, c] of Object.entries(input.checks)) {
    if (!keys.has(k)) bad(`checks.${k}`, '核对的系统数据不存在，请刷新后再填');
    checks[k] = { state: c.state, value: c.state === 'corrected' ? c.value : null, note: c.note };
  }
  for (const [i, p] of input.extraProblems.entries()) {
    if (p.responsiblePersonId && !cadres.some((c) => c.id === p.responsiblePersonId)) bad(`extraProblems.${i}.responsiblePersonId`, '责任人应是本村的驻村干部');
  }
  const s = input.satisfaction;
  const survey = facts.survey;
  const fromSurvey =
    !!survey && s.visited === survey.visited && s.satisfiedRate === percent(survey.satisfiedRate) && s.dissatisfiedRate === percent(survey.dissatisfiedRate);
  if (survey && !fromSurvey && s.note.length < 2) bad('satisfaction.note', '满意度与问卷结果不同，请写明更正的理由（至少2个字）');
  if (s.satisfiedRate !== null && s.dissatisfiedRate !== null && s.satisfiedRate + s.dissatisfiedRate > 100) bad('satisfaction.dissatisfiedRate', '满意率和不满意率加起来不能超过100');
  return {
    ...cur,
    facts,
    header: { ...cur.header, ...input.header },
    items,
    checks,
    satisfaction: { visited: s.visited, satisfiedRate: s.satisfiedRate, dissatisfiedRate: s.dissatisfiedRate, fromSurvey, note: s.note },
    extraProblems: input.extraProblems.map((p) => ({ text: p.text, responsiblePersonId: p.responsiblePersonId })),
  };
}
