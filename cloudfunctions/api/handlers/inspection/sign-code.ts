import { randomInt } from 'node:crypto';
import { inspectionSignCode } from '../../../../types/actions/inspection';
import { fail } from '../../../common/errors';
import { requireRecord } from '../../../common/inspection/access';
import type { SignCodeDoc } from '../../../common/inspection/record-docs';
import { findAll } from '../../../common/store/driver';
import { handle } from '../../handler';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** A code is good for the rest of the visit. */
const VALID_HOURS = 12;
export const SIGN_PAGE = '/packages/inspection/pages/sign/index';

/**
 * A one-time signing code for the village party secretary, who has no roster account: the inspector
 * shows it (or its link); the secretary opens it on their own phone, reads the record and signs with
 * their name. The code belongs to the record's current revision; asking again shows the same code.
 */
export default handle(inspectionSignCode, async (ctx, { recordId }) => {
  const { rec, access } = await requireRecord(ctx, recordId);
  if (!access.inspector) return fail('FORBIDDEN', '只有本督查组成员可以请村党组织负责人签字。');
  if (rec.status !== 'signing') return fail('CONFLICT', rec.status === 'signed' ? '这份纪实表已经签字生效。' : '请先填完并提交签字，再请村党组织负责人签字。');
  if (rec.signatures.some((s) => s.role === 'village_secretary')) return fail('CONFLICT', '村党组织负责人已经签过字了。');
  const now = ctx.now.toISOString();
  const live = (await findAll(ctx.store, 'inspection_sign_codes', { recordId })).find(
    (c) => c.revision === rec.revision && !c.usedAt && c.expiresAt > now,
  );
  const doc: SignCodeDoc = live ?? {
    _id: Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
    recordId,
    revision: rec.revision,
    createdBy: ctx.person!._id,
    createdAt: now,
    expiresAt: new Date(ctx.now.getTime() + VALID_HOURS * 3600_000).toISOString(),
    usedAt: null,
  };
  if (!live) await ctx.store.insert('inspection_sign_codes', doc);
  return { code: doc._id, expiresAt: doc.expiresAt, path: `${SIGN_PAGE}?code=${doc._id}` };
});
