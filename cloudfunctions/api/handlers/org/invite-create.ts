import { randomInt } from 'node:crypto';
import { createInvite } from '../../../../types/actions/org';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import type { InviteDoc, PersonDoc } from '../../../common/model';
import { callerCounty } from '../../../common/scope';
import { DuplicateError } from '../../../common/store/driver';
import { handle } from '../../handler';

/** Unambiguous letters and digits (no 0/O, 1/I/L) so a code read aloud is typed right. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const newCode = () => Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

export default handle(createInvite, async (ctx, { personId, validDays }) => {
  const countyId = callerCounty(ctx);
  const person = (await ctx.store.get('people', personId)) as unknown as PersonDoc | null;
  if (!person || person.countyId !== countyId) return fail('NOT_FOUND', '没有找到这个人员。');
  if (person.openid) return fail('CONFLICT', `${person.name}已绑定微信，无需邀请码。`);
  const expiresAt = new Date(ctx.now.getTime() + validDays * 86_400_000).toISOString();
  for (let attempt = 0; attempt < 5; attempt++) {
    const doc: InviteDoc = {
      _id: newCode(),
      personId,
      countyId,
      createdBy: ctx.person!._id,
      createdAt: ctx.now.toISOString(),
      expiresAt,
      usedAt: null,
      usedBy: null,
    };
    try {
      await ctx.store.insert('invites', doc as unknown as Record<string, unknown> & { _id: string });
    } catch (e) {
      if (e instanceof DuplicateError) continue;
      throw e;
    }
    await audit(ctx, ctx.store, { countyId, entity: 'invite', entityId: doc._id, action: 'create', note: person._id });
    return { code: doc._id, personId, personName: person.name, expiresAt };
  }
  return fail('INTERNAL');
});
