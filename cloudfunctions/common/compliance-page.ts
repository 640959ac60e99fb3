import { shanghaiDay, shanghaiMonth } from '../../src/core';
import type { MonthCompliance, VillageCompliance } from '../../types/supervision';
import {
  assertBegun,
  byCode,
  counts,
  COMPLIANCE_PAGE_VILLAGES,
  frozen,
  judgeVillages,
  addCounts,
  liveMonthHead,
  pageStart,
  pageVillages,
  snapshotHead,
  villageSnapshots,
  type ComplianceTarget,
  type SnapshotDoc,
} from './compliance-month';
import type { DocDriver } from './store/driver';

type Counts = MonthCompliance['counts'];
type Page = MonthCompliance & { nextCursor: string | null };

/** The cursor's limit in the contract. */
const CURSOR_MAX = 64;
const COUNT_KEYS = ['villages', 'villagesFailing', 'cadres', 'cadresFailing', 'cadresAtRisk'] as const;

/** A short check of what a carried count belongs to (scope, month, day judged): not a secret, a guard against a cursor reused elsewhere. */
function stamp(key: string, encoded: string): string {
  let h = 0x811c9dc5;
  for (const ch of `${key}|${encoded}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(36);
}

/**
 * The cursor of the next page: the last village's id and, when it fits, the counts of the whole
 * scope as judged for the first page (`<villageId>~<counts>~<check>`), so a further page judges
 * only its own villages. A plain village id is a cursor too (the counts are judged again).
 */
export function encodeCursor(villageId: string, c: Counts, key: string): string {
  const encoded = COUNT_KEYS.map((k) => c[k].toString(36)).join('.');
  const cursor = `${villageId}~${encoded}~${stamp(key, encoded)}`;
  return cursor.length <= CURSOR_MAX ? cursor : villageId;
}

export function decodeCursor(cursor: string, key: string): { villageId: string; counts: Counts | null } {
  const m = /^(.+)~([0-9a-z]{1,6}(?:\.[0-9a-z]{1,6}){4})~([0-9a-z]{1,7})$/.exec(cursor);
  if (!m) return { villageId: cursor, counts: null };
  if (stamp(key, m[2]) !== m[3]) return { villageId: m[1], counts: null };
  const n = m[2].split('.').map((x) => parseInt(x, 36));
  const c = Object.fromEntries(COUNT_KEYS.map((k, i) => [k, n[i]])) as Counts;
  const sane = c.villagesFailing <= c.villages && c.cadresFailing <= c.cadres && c.cadresAtRisk <= c.cadres;
  return { villageId: m[1], counts: sane ? c : null };
}

/**
 * A closed county month a page at a time: its counts from the snapshot's head, and only the page's
 * village snapshots (by id; a village added after the close has none and is passed over).
 */
async function frozenCountyPage(store: DocDriver, target: ComplianceTarget, head: SnapshotDoc & { summary: NonNullable<SnapshotDoc['summary']> }, month: string, cursor: string | undefined, size: number): Promise<Page> {
  const ordered = byCode(target.villages);
  let at = pageStart(ordered, cursor);
  const found: VillageCompliance[] = [];
  // One more than the page, to know whether a next page follows.
  while (found.length <= size && at < ordered.length) {
    const chunk = ordered.slice(at, at + size + 1 - found.length);
    found.push(...(await villageSnapshots(store, target.countyId, month, chunk)));
    at += chunk.length;
  }
  const villages = found.slice(0, size);
  const { rates: _rates, ...summary } = head.summary;
  return { ...summary, frozenAt: head.frozenAt, scope: target.scope, counts: summary.counts, villages, nextCursor: found.length > size ? villages[size - 1].villageId : null };
}

/**
 * One page of `compliance.monthly`: the counts of the whole scope and `size` villages after
 * `cursor`. A closed month reads its snapshot (the county's counts from the head, the page's
 * villages by id). A live month judges the whole scope for the first page; the next pages judge
 * only their own villages and keep the first page's counts, carried in the cursor (judged again
 * when the cursor carries none, or was made for another scope, month or day).
 */
export async function monthCompliancePage(store: DocDriver, target: ComplianceTarget, month: string, now: Date, cursor?: string, size = COMPLIANCE_PAGE_VILLAGES): Promise<Page> {
  assertBegun(month, now);
  if (month < shanghaiMonth(now)) {
    const head = await snapshotHead(store, target.countyId, month);
    if (head?.summary && target.scope.level === 'county') return frozenCountyPage(store, target, { ...head, summary: head.summary }, month, cursor, size);
    const snap = head ? await frozen(store, target, month, head) : null;
    if (snap) return pageVillages(snap, cursor, size);
  }
  const key = `${target.scope.level}:${target.scope.id}:${month}:${shanghaiDay(now)}`;
  const ordered = byCode(target.villages);
  const at = cursor ? decodeCursor(cursor, key) : null;
  const from = pageStart(ordered, at?.villageId);
  const more = from + size < ordered.length;
  const carried = at?.counts ?? null;
  // The whole scope is judged only when its counts are not carried; only the page's villages are kept.
  const judged = carried ? ordered.slice(from, from + size) : ordered;
  const start = carried ? 0 : from;
  const villages: VillageCompliance[] = [];
  let c = carried ?? counts([]);
  const head = await judgeVillages(store, target, judged, month, now, (i, v) => {
    if (i >= start && i < start + size) villages[i - start] = v;
    if (!carried) c = addCounts(c, v);
  });
  const last = villages[villages.length - 1];
  return { ...liveMonthHead(month, head, target.scope), counts: c, villages, nextCursor: more && last ? encodeCursor(last.villageId, c, key) : null };
}
