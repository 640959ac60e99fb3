import { addDays, dayStart, shanghaiDay } from '../src/core';
import { ids, type PersonDoc, type VillageDoc } from '../cloudfunctions/common/model';
import { personMonthId } from '../cloudfunctions/common/month';
import { checkClockIn } from '../cloudfunctions/common/plausibility/check-clock-in';
import type { DocDriver } from '../cloudfunctions/common/store/driver';
import { exampleMonth } from './seed-calendar';

const MIN = 60_000;

/**
 * Demo clock-ins that a supervisor of 城关镇 should look at: 石桥村's first secretary (P0301)
 * clocks in at exactly the same coordinates on three days (a mock-location hint), and a team
 * member there (P0302) sends a clock-in a day late. The flags are raised by the same check the
 * clock-in action runs. Only days already counted in the month rollups are used, from this month
 * once it is 10 days old, else from the last full month (exampleMonth).
 */
export async function seedPresence(store: DocDriver, countyId: string, now: Date): Promise<void> {
  const today = shanghaiDay(now);
  /** A seeded cadre with their village and example month's rollup, when all three are there. */
  const cadre = async (code: string) => {
    const p = await store.get('people', ids.person(countyId, code));
    if (!p?.villageId) return null;
    const [village, month] = await Promise.all([store.get('villages', p.villageId), store.get('person_months', personMonthId(p._id, exampleMonth(now)))]);
    return village && month ? { p, village, month } : null;
  };

  async function clockIn(p: PersonDoc, village: VillageDoc, day: string, minutes: number, point: { lat: number; lng: number }, accuracyM: number, receivedAt?: Date) {
    const at = new Date(dayStart(day).getTime() + minutes * MIN);
    const received = receivedAt ?? at;
    const id = `${p._id}:seed-${day}`;
    await store.put('clockins', {
      _id: id,
      personId: p._id,
      villageId: village._id,
      townshipId: village.townshipId,
      countyId,
      at: at.toISOString(),
      receivedAt: received.toISOString(),
      day,
      month: day.slice(0, 7),
      lat: point.lat,
      lng: point.lng,
      accuracyM,
      fuzzy: false,
      distanceM: 35,
      decision: 'in-village',
      reason: null,
      syncedLater: received.getTime() - at.getTime() > 10 * MIN,
    });
    await checkClockIn(store, received, id);
  }

  const mock = await cadre('P0301');
  if (mock) {
    const { p, village, month: mockMonth } = mock;
    const spot = { lat: +(village.fence[0].lat + 0.000213).toFixed(6), lng: +(village.fence[0].lng - 0.000187).toFixed(6) };
    const days = mockMonth.presentDays.filter((d) => d < today).slice(-3);
    for (const [i, d] of days.entries()) await clockIn(p, village, d, 8 * 60 + 12 + i * 7, spot, 5);
  }

  const late = await cadre('P0302');
  if (late) {
    const { p, village, month: lateMonth } = late;
    const day = lateMonth.presentDays.filter((d) => d < addDays(today, -1)).pop();
    const f = village.fence[0];
    if (day) await clockIn(p, village, day, 7 * 60 + 48, { lat: f.lat + 0.000731, lng: f.lng - 0.000412 }, 18.37, new Date(dayStart(addDays(day, 1)).getTime() + 9 * 60 * MIN));
  }
}
