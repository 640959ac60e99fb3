import type { GradeInput } from '../../src/core';
import type { DocDriver } from './store/driver';

/** What grading takes beyond the month's compliance; null means 'not available'. */
export type GradingExtras = Pick<GradeInput, 'inspectionScore' | 'survey'>;

/**
 * The seam through which grading reads inspection and survey results. Each source answers null
 * while it has nothing for that village and month; gradeCadre then leaves the component out and
 * re-normalises the weights over the rest (and says so in the explanation).
 *
 * - inspectionScore: the cadre's score 0–100 from the month's inspection record (督查, 002 annex 2).
 *   Not built yet: always null until the inspection area stores its records.
 * - survey: the village's awareness rate (知晓率) and satisfaction rate (满意度) for the month, shares 0..1.
 */
export interface GradingInputSources {
  inspectionScore(store: DocDriver, q: { villageId: string; personId: string; month: string }): Promise<number | null>;
  survey(store: DocDriver, q: { villageId: string; month: string }): Promise<{ awarenessRate: number | null; satisfactionRate: number | null } | null>;
}

export const gradingInputSources: GradingInputSources = {
  inspectionScore: async () => null,
  survey: async () => null,
};

/** The extras of each cadre of a village for a month, read once for the village's survey. */
export async function villageGradingExtras(
  store: DocDriver,
  villageId: string,
  month: string,
  personIds: string[],
  sources: GradingInputSources = gradingInputSources,
): Promise<Map<string, GradingExtras>> {
  const survey = await sources.survey(store, { villageId, month });
  const scores = await Promise.all(personIds.map((personId) => sources.inspectionScore(store, { villageId, personId, month })));
  return new Map(personIds.map((id, i) => [id, { inspectionScore: scores[i], survey }]));
}
