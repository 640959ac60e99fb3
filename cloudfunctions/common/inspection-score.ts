import { monthBounds } from '../../src/core';
import { signedRecords } from './inspection/queries';
import { findAll, type DocDriver } from './store/driver';

/**
 * A cadre's inspection score 0–100 for a month: the share of 是 among the answered items of the
 * village's signed records of that month (a city and a county inspection: their mean). Which items
 * count: the 8 team items (工作队) for every cadre of the team; for the first secretary also the 8
 * first-secretary items, since the first secretary leads the team and answers for both.
 * null when the village had no signed record with an answered item that month.
 */
export async function inspectionScore(store: DocDriver, villageId: string, month: string, isFirstSecretary: boolean): Promise<{ score: number; records: number } | null> {
  const records = await signedRecords(store, { villageId }, month);
  const scores: number[] = [];
  for (const r of records) {
    const items = r.items.filter((i) => i.answer !== null && (i.group === 'team' || isFirstSecretary));
    if (items.length === 0) continue;
    scores.push((items.filter((i) => i.answer === 'yes').length / items.length) * 100);
  }
  if (scores.length === 0) return null;
  return { score: Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10, records: scores.length };
}

/**
 * The village's rectifications past their 时限 by the end of the period and not 销号 by then
 * (a problem closed after the period counts: at the period's end it was still open).
 */
export async function overdueRectifications(store: DocDriver, villageId: string, lastDay: string): Promise<number> {
  const problems = await findAll(store, 'problems', { villageId, dueDay: { $lte: lastDay } });
  return problems.filter((p) => p.status !== 'closed' || (p.closedAt ?? '') > `${lastDay}T16:00:00.000Z`).length;
}

export const monthLastDay = (month: string) => monthBounds(month).last;
