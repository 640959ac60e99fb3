import { createHash } from 'node:crypto';
import { ledgerUploadEvidence } from '../../../../types/actions/ledger';
import { EVIDENCE_MAX_BYTES } from '../../../../types/ledger';
import { requestDocId } from '../../../common/diary/ids';
import { fail } from '../../../common/errors';
import type { EvidenceDoc } from '../../../common/ledger/docs';
import { isResponsible, requireProblem } from '../../../common/ledger/scope';
import { DuplicateError } from '../../../common/store/driver';
import { EXTENSIONS, decodeUpload } from '../../../common/upload-bytes';
import { handle } from '../../handler';

/** One piece of 佐证材料 (a photo compressed on the phone, or a small PDF) for a problem, by its 责任人. */
export default handle(ledgerUploadEvidence, async (ctx, input) => {
  const p = await requireProblem(ctx, input.problemId);
  if (!isResponsible(ctx, p)) return fail('FORBIDDEN', '只有这个问题的责任人可以上传佐证材料。');
  if (p.status !== 'open' && p.status !== 'returned') return fail('CONFLICT', p.status === 'closed' ? '这个问题已销号。' : '整改情况已提交，等待销号。');
  const bytes = decodeUpload(input.dataBase64, input.contentType, EVIDENCE_MAX_BYTES, input.contentType === 'application/pdf' ? '文件' : '照片');
  // The id comes from the caller and their request id: a retry finds the first upload and answers it.
  const id = requestDocId('ev', ctx.openid, input.clientRequestId);
  const answer = async (e: EvidenceDoc) => ({ evidenceId: e._id, url: (await ctx.services.files.urls([e.fileId]))[0], bytes: e.bytes });
  const first = await ctx.store.get('evidence', id);
  if (first) return answer(first);
  {
    const path = `ledger/${p.countyId}/${p.villageId}/${p._id}/${id}.${EXTENSIONS[input.contentType]}`;
    const fileId = await ctx.services.files.put(path, bytes, input.contentType);
    const doc: EvidenceDoc = {
      _id: id,
      problemId: p._id,
      villageId: p.villageId,
      countyId: p.countyId,
      personId: ctx.person!._id,
      fileId,
      contentType: input.contentType,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      createdAt: ctx.now.toISOString(),
    };
    try {
      await ctx.store.insert('evidence', doc);
    } catch (e) {
      const stored = e instanceof DuplicateError ? await ctx.store.get('evidence', id) : null;
      if (!stored) throw e;
      return answer(stored);
    }
    return answer(doc);
  }
});
