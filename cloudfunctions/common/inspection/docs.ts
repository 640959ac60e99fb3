import type { DrawScopeLevel, FrameRule, PublishedDraw } from '../../../src/core/draw';

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
export interface DrawDoc extends Omit<PublishedDraw, 'id'> {
  _id: string;
  scopeId: string;
  scopeName: string;
  /** The city of the scope (a county draw's county's city), so the city admin finds every draw. */
  cityId: string | null;
  frameRule: FrameRule;
  countyNames: Record<string, string>;
  createdBy: string;
  createdAt: string;
  publishedAt: string | null;
  drawnAt: string | null;
  /** Public links of the published JSON (cloud storage in production, /public/draws/ locally). */
  publicFileId: string | null;
  publicUrl: string | null;
}
