import type { Assignment, Commitment, DrawScopeLevel, DrawStatus, DrawTeam, FrameEntry, FrameRule, PublicValue, Quota, Reveal, Selected } from '../../../src/core/draw';

/** A 督查组: inspectors (roster people with the role inspector) of a city or a county. */
export interface InspectionTeamDoc {
  _id: string;
  scopeLevel: DrawScopeLevel;
  /** The city or county the team works for. */
  scopeId: string;
  name: string;
  memberIds: string[];
  /** The counties its members come from; a cross-check team inspects a county other than these. */
  homeCountyIds: string[];
}

/**
 * One lottery (摇号抽查). 'planned': the frame is fixed but not yet public; 'committing': published
 * (公示), inspectors commit and then reveal; 'drawn': final, never drawn again.
 */
export interface DrawDoc {
  _id: string;
  scopeLevel: DrawScopeLevel;
  scopeId: string;
  scopeName: string;
  /** The city of the scope (a county draw's county's city), so the city admin finds every draw. */
  cityId: string | null;
  month: string;
  status: DrawStatus;
  rate: number;
  frameRule: FrameRule;
  frame: FrameEntry[];
  /** The teams taking part (a snapshot at planning); their members are the ones who commit. */
  teams: DrawTeam[];
  countyNames: Record<string, string>;
  commitments: Commitment[];
  reveals: Reveal[];
  publicValue: PublicValue | null;
  seed: string | null;
  quotas: Quota[];
  selection: Selected[];
  assignments: Assignment[];
  createdBy: string;
  createdAt: string;
  publishedAt: string | null;
  drawnAt: string | null;
  /** Public links of the published JSON (cloud storage in production, /public/draws/ locally). */
  publicFileId: string | null;
  publicUrl: string | null;
}
