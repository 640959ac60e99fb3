import { dayStart, isWorkingKind, monthCalendar, shanghaiDay, type CalendarSource } from '../src/core';
import { addDay, type PersonMonthDoc, writeRollup } from '../cloudfunctions/common/month';
import { findAll, type DocDriver } from '../cloudfunctions/common/store/driver';

/** A cadre whose month shows presence on less than this share of closed working days is a laggard (left as is). */
const LAGGARD_SHARE = 0.7;

const diaryAt = (day: string) => new Date(dayStart(day).getTime() + 20.5 * 3600_000).toISOString();

/**
 * Makes the demo months read like a real county: diligent cadres account for every working day
 * (a day not in the village is field work, 外勤), write their diary the same evening, and their team
 * keeps someone in the village every day. The laggards stay as they are (red on the dashboard).
 */
export async function seedReports(store: DocDriver, countyId: string, now: Date, calendar: CalendarSource): Promise<void> {
  const today = shanghaiDay(now);
  const docs = await findAll(store, 'person_months', { countyId });
  const byVillageMonth = new Map<string, PersonMonthDoc[]>();
  for (const doc of docs) {
    const cal = monthCalendar(doc.month, [], calendar);
    if (!cal.ok) continue;
    const closedWorking = cal.days.filter((d) => isWorkingKind(d.kind) && d.date < today).map((d) => d.date);
    const present = new Set(doc.presentDays);
    const share = closedWorking.length ? closedWorking.filter((d) => present.has(d)).length / closedWorking.length : 1;
    if (share < LAGGARD_SHARE) continue;
    for (const d of closedWorking) if (!present.has(d)) addDay(doc.fieldDays, d);
    const written = new Set(doc.diaries.map((x) => x.day));
    for (const d of [...doc.presentDays, ...doc.fieldDays]) if (!written.has(d)) doc.diaries.push({ day: d, writtenAt: diaryAt(d) });
    doc.diaries.sort((a, b) => a.day.localeCompare(b.day));
    const key = `${doc.villageId}:${doc.month}`;
    byVillageMonth.set(key, [...(byVillageMonth.get(key) ?? []), doc]);
  }
  // Someone of a diligent team is in the village every day, weekends included (they take turns).
  const everyone = new Map<string, PersonMonthDoc[]>();
  for (const doc of docs) everyone.set(`${doc.villageId}:${doc.month}`, [...(everyone.get(`${doc.villageId}:${doc.month}`) ?? []), doc]);
  for (const [key, team] of everyone) {
    const diligent = byVillageMonth.get(key) ?? [];
    if (diligent.length !== team.length || team.length === 0) continue;
    const cal = monthCalendar(team[0].month, [], calendar);
    if (!cal.ok) continue;
    cal.days
      .filter((d) => d.date < today)
      .forEach((d, i) => {
        if (team.some((m) => m.presentDays.includes(d.date) || m.fieldDays.includes(d.date))) return;
        const m = team[i % team.length];
        addDay(m.presentDays, d.date);
        m.firstClockIn[d.date] = new Date(dayStart(d.date).getTime() + 9 * 3600_000).toISOString();
        m.diaries.push({ day: d.date, writtenAt: diaryAt(d.date) });
        m.diaries.sort((a, b) => a.day.localeCompare(b.day));
      });
  }
  for (const doc of [...byVillageMonth.values()].flat()) await writeRollup(store, doc);
}
