
/** The supervisor's diary reading page for one cadre (or one village) and month. */
export function diaryReviewUrl(target: { personId: string } | { villageId: string }, month?: string): string {
  const [key, id] = 'personId' in target ? ['personId', target.personId] : ['villageId', target.villageId];
  return `/packages/diary/pages/review/index?${key}=${encodeURIComponent(id)}${month ? `&month=${month}` : ''}`;
}
