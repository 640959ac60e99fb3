import { ledgerEvidence } from '../../../../types/actions/ledger';
import { isReviewer, isResponsible, requireProblem } from '../../../common/ledger/scope';
import { findAll } from '../../../common/store/driver';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import { handle } from '../../handler';

/**
 * The evidence of a problem, with links. When a reviewer opens the evidence of a submission, that
 * is recorded: 销号 needs it. The 责任人 also sees what they uploaded but not yet submitted.
 */
export default handle(ledgerEvidence, async (ctx, { problemId }) => {
  const p = await requireProblem(ctx, problemId);
  const reviewer = await isReviewer(ctx, p);
  const responsible = isResponsible(ctx, p);
  const submitted = new Set(p.rectification?.evidenceIds ?? []);
  const all = await findAll(ctx.store, 'evidence', { problemId: p._id });
  // Uploads not yet submitted are the 责任人's draft; everyone else sees what was submitted.
  const shown = all
    .filter((e) => submitted.has(e._id) || (responsible && (p.status === 'open' || p.status === 'returned')))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a._id.localeCompare(b._id));
  const urls = shown.length ? await ctx.services.files.urls(shown.map((e) => e.fileId)) : [];
  const no = p.submissionNo ?? 0;
  if (reviewer && p.status === 'submitted' && !(p.evidenceViews ?? []).some((v) => v.personId === ctx.person!._id && v.submissionNo === no)) {
    const ok = await ctx.store.transaction(async (tx) => {
      const current = await tx.get('problems', p._id);
      if (!current || (current.submissionNo ?? 0) !== no) return false;
      await tx.update('problems', p._id, { evidenceViews: [...(current.evidenceViews ?? []), { personId: ctx.person!._id, submissionNo: no, at: ctx.now.toISOString() }] });
      await audit(ctx, tx, { countyId: p.countyId, entity: 'problem', entityId: p._id, action: 'view-evidence', after: { submissionNo: no, files: shown.length } });
      return true;
    });
    if (!ok) return fail('CONFLICT', '整改情况刚更新过，请刷新后再看。');
  }
  return shown.map((e, i) => ({ id: e._id, url: urls[i], contentType: e.contentType, bytes: e.bytes, uploadedAt: e.createdAt, submitted: submitted.has(e._id) }));
});
