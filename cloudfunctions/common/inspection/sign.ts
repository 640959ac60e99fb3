import type { Signature } from '../../../types/inspection';
import { audit } from '../audit';
import type { Ctx } from '../context';
import { fail } from '../errors';
import { problemsFromRecord } from './problems-from-record';
import type { InspectionRecordDoc } from './record-docs';
import { requiredSigners } from './signers';

/**
 * Adds one signature to a record awaiting signatures at the revision the signer saw. With the last
 * one the record is signed (valid): its 否 items and added problems go to the ledger. Audited.
 */
export async function addSignature(ctx: Ctx, rec: InspectionRecordDoc, revision: number, sig: Signature): Promise<InspectionRecordDoc> {
  if (rec.status === 'signed') return fail('CONFLICT', '这份纪实表已经签字生效。');
  if (rec.status !== 'signing') return fail('CONFLICT', '督查组还没有提交签字，请等填写完成后再签。');
  if (revision !== rec.revision) return fail('CONFLICT', '纪实表刚刚被修改过，请刷新，看过最新内容后再签字。');
  const already = rec.signatures.some((s) => s.role === sig.role && (sig.personId ? s.personId === sig.personId : true));
  if (already) return rec;
  const next: InspectionRecordDoc = { ...rec, signatures: [...rec.signatures, sig] };
  const required = await requiredSigners(ctx.store, next);
  const missing = required.filter((r) => !r.signed);
  if (!required.some((r) => r.role === sig.role && r.signed && (sig.personId === null || r.personId === sig.personId))) {
    return fail('FORBIDDEN', '您不在这份纪实表的签字人名单中。');
  }
  if (missing.length === 0) {
    next.status = 'signed';
    next.signedAt = ctx.now.toISOString();
    next.problems = await problemsFromRecord(ctx.store, next, ctx.now);
  }
  await ctx.store.put('inspection_records', next);
  await audit(ctx, ctx.store, {
    countyId: rec.countyId,
    entity: 'inspection_record',
    entityId: rec._id,
    action: next.status === 'signed' ? 'sign-complete' : 'sign',
    after: { role: sig.role, name: sig.name, via: sig.via, revision },
  });
  return next;
}
