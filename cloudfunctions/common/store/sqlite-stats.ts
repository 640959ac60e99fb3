import type Database from 'better-sqlite3';

/**
 * Fixed planner statistics for the SQLite store, so a plain equality query picks the selective
 * index by itself.
 *
 * Without statistics SQLite guesses the same few rows for an equality on any index, so in
 * `countyId = ? AND villageId IN (…100 ids)` the county's equality looks cheaper than the hundred
 * lookups and every chunk walks the whole county. Real statistics (`ANALYZE`, `PRAGMA optimize`)
 * would not do: the local stack and the bench read right after writing into a fresh or nearly
 * empty file, where measured numbers say nothing (or mislead), and measuring again costs a scan.
 * So the store tells the planner how the data of a province is shaped, the same for every file
 * and from the first query on: each collection is large (`ROWS`), and one value of a field
 * matches the rows in `ROWS_PER_VALUE` (a status or a county many, a village or a person few).
 * Only ratios matter; the planner compares the estimates of the indexes a query could use.
 *
 * They are written into `sqlite_stat1` when the file is opened, only if they differ from what it
 * holds (nothing is written on later opens), and loaded with `ANALYZE sqlite_schema`, which reads
 * no collection. Writes never touch them: a write costs what it cost before. Nothing here runs
 * `ANALYZE` on a collection or `PRAGMA optimize`: either would replace these rows with measured ones.
 */

/** The rows every collection is assumed to hold. */
const ROWS = 10_000_000;

/** Rows one value of a field is assumed to match (fields not listed: `DEFAULT_ROWS_PER_VALUE`). */
const ROWS_PER_VALUE: Readonly<Record<string, number>> = {
  // A handful of values across the province (and `readAt: null`, every unread message).
  status: 1_000_000,
  kind: 1_000_000,
  scene: 1_000_000,
  pushStatus: 1_000_000,
  level: 1_000_000,
  entity: 1_000_000,
  readAt: 1_000_000,
  cityId: 1_000_000,
  // A county, a month, a campaign or an inspection scope: thousands of cadres' documents.
  countyId: 300_000,
  month: 300_000,
  campaignId: 300_000,
  scopeId: 300_000,
  // A day or an hour of the province.
  day: 10_000,
  hour: 10_000,
  // A township, a unit, an inspection team: an `$in` of a county's townships stays below the county.
  townshipId: 1_000,
  unitId: 1_000,
  teamId: 1_000,
  // A village, a person, a household, an inspection, a problem.
  villageId: 100,
  inspectionId: 100,
  personId: 30,
  responsiblePersonId: 30,
  householdId: 30,
  problemId: 10,
  recordId: 10,
  // One person or thing.
  openid: 2,
  code: 2,
  voterKey: 2,
  sha256: 2,
  at: 2,
  createdAt: 2,
  startedAt: 2,
};
const DEFAULT_ROWS_PER_VALUE = 1_000;

/** An index the store creates: its name, its collection's table, its fields in order (the id last, if it is one). */
export interface IndexShape {
  table: string;
  index: string;
  fields: readonly string[];
}

/**
 * The `sqlite_stat1` line of an index: the rows, then the rows matching equal values on its first
 * field, its first two fields, … (a field's share narrows what the ones before left; never below 1).
 */
export function statLine(fields: readonly string[]): string {
  const out = [ROWS];
  let rows = ROWS;
  for (const f of fields) {
    const share = f === 'id' ? 1 / ROWS : (ROWS_PER_VALUE[f] ?? DEFAULT_ROWS_PER_VALUE) / ROWS;
    rows = Math.max(1, Math.round(rows * share));
    out.push(rows);
  }
  return out.join(' ');
}

/** Writes the statistics of `indexes` (if they are not already what the file holds) and loads them. */
export function writePlannerStats(db: Database.Database, indexes: readonly IndexShape[]): void {
  db.exec('ANALYZE sqlite_schema'); // creates sqlite_stat1 if the file has none; reads no collection
  const want = indexes.map((ix) => ({ tbl: ix.table, idx: ix.index, stat: statLine(ix.fields) }));
  const key = (r: { tbl: string; idx: string | null; stat: string }) => `${r.tbl}\t${r.idx ?? ''}\t${r.stat}`;
  const held = (db.prepare('SELECT tbl, idx, stat FROM sqlite_stat1').all() as { tbl: string; idx: string | null; stat: string }[]).map(key).sort();
  const stat4 = db.prepare("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'sqlite_stat4'").pluck().get() as number;
  const measured = stat4 ? (db.prepare('SELECT COUNT(*) FROM sqlite_stat4').pluck().get() as number) : 0;
  if (measured === 0 && held.join('\n') === want.map(key).sort().join('\n')) return;
  db.transaction(() => {
    db.exec('DELETE FROM sqlite_stat1');
    if (stat4) db.exec('DELETE FROM sqlite_stat4');
    const insert = db.prepare('INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)');
    for (const r of want) insert.run(r.tbl, r.idx, r.stat);
  })();
  db.exec('ANALYZE sqlite_schema'); // the planner reads the new rows
}
