import { randomInt } from 'node:crypto';
import { audit } from './audit';
import type { Ctx } from './context';
import { fail } from './errors';
import type { InviteDoc, PersonDoc } from './model';
import { DuplicateError, findAll, type DocDriver } from './store/driver';

/** Unambiguous letters and digits (no 0/O, 1/I/L) so a code read aloud is typed right. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const newCode = () => Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/** A fresh one-time code for a roster person of the caller's county, audited. */
export async function issueInvite(ctx: Ctx, person: PersonDoc, validDays: number): Promise<InviteDoc> {
  const expiresAt = new Date(ctx.now.getTime() + validDays * 86_400_000).toISOString();
  for (let attempt = 0; attempt < 5; attempt++) {
    const doc: InviteDoc = { _id: newCode(), personId: person._id, countyId: person.countyId, createdBy: ctx.person!._id, createdAt: ctx.now.toISOString(), expiresAt, usedAt: null, usedBy: null };
    try {
      await ctx.store.insert('invites', doc);
    } catch (e) {
      if (e instanceof DuplicateError) continue;
      throw e;
    }
    await audit(ctx, ctx.store, { countyId: person.countyId, entity: 'invite', entityId: doc._id, action: 'create', note: person._id });
    return doc;
  }
  return fail('INTERNAL');
}

/** The still-usable code of each of these people, if any (the latest when there are several). */
export async function openInvites(store: DocDriver, countyId: string, personIds: readonly string[], now: Date): Promise<Map<string, InviteDoc>> {
  const out = new Map<string, InviteDoc>();
  const at = now.toISOString();
  for (let i = 0; i < personIds.length; i += 500) {
    const docs = await findAll(store, 'invites', { countyId, personId: { $in: personIds.slice(i, i + 500) } });
    for (const d of docs) {
      if (d.usedAt || d.expiresAt <= at) continue;
      const prev = out.get(d.personId);
      if (!prev || prev.createdAt < d.createdAt) out.set(d.personId, d);
    }
  }
  return out;
}
