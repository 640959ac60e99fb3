/** The lottery (摇号抽查) as published: everything needed to re-run a draw from its JSON alone. */
export type DrawScopeLevel = 'city' | 'county';
export type DrawStatus = 'planned' | 'committing' | 'drawn';
/** 'all': every stationed village of the scope; 'countyUnits': only teams sent by county-level units. */
export type FrameRule = 'all' | 'countyUnits';

export interface FrameEntry {
  villageId: string;
  /** Unique across the city: `<county code>-<village code>`. */
  villageCode: string;
  name: string;
  countyId: string;
}
export interface DrawTeam {
  teamId: string;
  name: string;
  /** The counties its members come from: a city (cross-check) draw never sends it there. */
  homeCountyIds: string[];
  memberIds: string[];
}
export interface Commitment {
  personId: string;
  name: string;
  /** SHA-256 hex of the secret number, exactly as typed (digits only). */
  hash: string;
  at: string;
}
export interface Reveal {
  personId: string;
  value: string;
  at: string;
}
export interface PublicValue {
  /** E.g. the winning numbers, exactly as they will be published. */
  text: string;
  /** Where and when it comes from, e.g. 中国福利彩票双色球2026年第140期开奖号码. */
  source: string;
}
export interface Quota {
  countyId: string;
  n: number;
  k: number;
}
export interface Selected {
  villageId: string;
  villageCode: string;
  countyId: string;
  ticket: string;
}
export interface Assignment {
  villageId: string;
  /** null only when no team may go there (every team's home county); the plan refuses that case. */
  teamId: string | null;
}
