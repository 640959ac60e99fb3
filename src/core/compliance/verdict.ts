import type { ProjectionStatus } from './projection';
import type { RuleStatus } from './types';

/**
 * One rule set for every colour and word a person reads about a month: the cadre's 今天 and 本月,
 * the supervisor's 各村, the village page, alerts and exports all take them from here.
 * red (bad): a rule already failed, or the presence requirement can no longer be met;
 * orange (warn): few spare days left (projection at risk);
 * green (ok): everything met so far.
 */
export type Tone = 'ok' | 'warn' | 'bad';

/** What a verdict needs: the rules' outcomes and the presence projection. */
export interface Judged {
  rules: readonly { status: RuleStatus; reason: string }[];
  projection: { status: ProjectionStatus; sentence: string };
}

export function toneOf(j: Judged): Tone {
  if (j.rules.some((r) => r.status === 'fail') || j.projection.status === 'cannot-reach') return 'bad';
  return j.projection.status === 'at-risk' ? 'warn' : 'ok';
}

/** The sentence beside the colour: the first failed rule's reason, else the projection. */
export function verdictSentence(j: Judged): string {
  return j.rules.find((r) => r.status === 'fail')?.reason ?? j.projection.sentence;
}

/** The word of a colour; green says 达标 only once the month is over. */
export function toneWord(tone: Tone, closed: boolean): string {
  if (tone === 'bad') return '不达标';
  if (tone === 'warn') return '预警';
  return closed ? '达标' : '正常';
}

/** A team's colour: red when the team failed (a member, or nobody in the village too long), else its members' worst. */
export function teamTone(teamFailed: boolean, memberTones: readonly Tone[]): Tone {
  if (teamFailed || memberTones.includes('bad')) return 'bad';
  return memberTones.includes('warn') ? 'warn' : 'ok';
}

/** Colour, word and sentence together, as the screens show them. */
export function monthVerdict(j: Judged, closed: boolean): { tone: Tone; word: string; sentence: string } {
  const tone = toneOf(j);
  return { tone, word: toneWord(tone, closed), sentence: verdictSentence(j) };
}
