import type { ClockInDoc } from '../../cloudfunctions/common/clockin-doc';
import { RECENT_LIMIT, recentClockIns } from '../../cloudfunctions/common/plausibility/check-clock-in';
import { testStore } from './harness';

const ME = 'psn_430121_P0101';
const OTHER = 'psn_430121_P0102';

function record(personId: string, at: string, n: number): ClockInDoc {
  const day = new Date(Date.parse(at) + 8 * 3600_000).toISOString().slice(0, 10); // Shanghai day
  return {
    _id: `${personId}:w-${n}`,
    personId,
    villageId: 'vil_430121_V001',
    townshipId: 'twn_430121_T01',
    countyId: 'cty_430121',
    at,
    receivedAt: at,
    day,
    month: day.slice(0, 7),
    lat: 28.1,
    lng: 113.1,
    accuracyM: 20,
    fuzzy: false,
    distanceM: 10,
    decision: 'in-village',
    reason: null,
    syncedLater: false,
    fuzzyWidening: null,
  };
}

describe('the plausibility window (recentClockIns)', () => {
  it('reads this month and the last (Shanghai months), newest first, only the person’s own', async () => {
    const store = await testStore();
    const at = [
      '2026-09-30T15:59:59.000Z', // 2026-09-30 23:59:59 in Shanghai: two months back, outside
      '2026-09-30T16:00:00.000Z', // 2026-10-01 00:00 in Shanghai: the last month's first moment
      '2026-10-15T02:00:00.000Z',
      '2026-11-20T02:00:00.000Z',
      '2026-11-30T15:59:59.000Z', // 2026-11-30 23:59:59 in Shanghai: still this month
      '2026-11-30T16:00:00.000Z', // 2026-12-01 00:00 in Shanghai: the next month, outside
    ];
    for (const [n, t] of at.entries()) await store.insert('clockins', record(ME, t, n));
    await store.insert('clockins', record(OTHER, '2026-11-20T03:00:00.000Z', 99));
    const window = await recentClockIns(store, ME, '2026-11');
    expect(window.map((r) => r.at)).toEqual([at[4], at[3], at[2], at[1]]);
    expect(window.map((r) => r.month)).toEqual(['2026-11', '2026-11', '2026-10', '2026-10']);
  });

  it('holds at most RECENT_LIMIT records, the newest, however many the day has (ties in time by id)', async () => {
    const store = await testStore();
    const extra = 30;
    await store.transaction(async (tx) => {
      for (let n = 0; n < RECENT_LIMIT + extra; n++) {
        // Pairs of records share a time: the order within a pair is the id's.
        const t = new Date(Date.parse('2026-11-20T00:00:00.000Z') + Math.floor(n / 2) * 1000).toISOString();
        await tx.insert('clockins', record(ME, t, 1000 + n));
      }
    });
    const window = await recentClockIns(store, ME, '2026-11');
    expect(window).toHaveLength(RECENT_LIMIT);
    const newest = Array.from({ length: RECENT_LIMIT + extra }, (_, n) => ({ at: new Date(Date.parse('2026-11-20T00:00:00.000Z') + Math.floor(n / 2) * 1000).toISOString(), id: `${ME}:w-${1000 + n}` }))
      .sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? 1 : -1))
      .slice(0, RECENT_LIMIT);
    expect(window.map((r) => r._id)).toEqual(newest.map((r) => r.id));
  });
});
