import type { Ctx } from './context';
import type { DocTx } from './store/driver';

/** One audit entry (`audit`), append-only. */
export interface AuditDoc {
  _id: string;
  at: string;
  by: string | null;
  byOpenid: string;
  countyId: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  note: string | null;
}

/** Append-only audit record for approvals, decisions, edits after the day and configuration changes. */
export async function audit(
  ctx: Pick<Ctx, 'now' | 'person' | 'openid'>,
  store: DocTx,
  entry: { countyId: string; entity: string; entityId: string; action: string; before?: unknown; after?: unknown; note?: string },
): Promise<void> {
  const at = ctx.now.toISOString();
  await store.insert('audit', {
    _id: `${at}:${entry.entity}:${entry.entityId}:${Math.random().toString(36).slice(2, 10)}`,
    at,
    by: ctx.person?._id ?? null,
    byOpenid: ctx.openid,
    ...entry,
    before: entry.before ?? null,
    after: entry.after ?? null,
    note: entry.note ?? null,
  });
}
