import type { InspectionGroup } from '../../../src/core/inspection/template';
import type { FactCheck, Header, InspectionFacts, InspectionStatus, RecordItem, Satisfaction, Signature } from '../../../types/inspection';

/** A stored inspection record (督查纪实表): `inspection_records`, id `insp_<draw>_<village>`. */
export interface InspectionRecordDoc {
  _id: string;
  drawId: string | null;
  villageId: string;
  villageName: string;
  countyId: string;
  townshipId: string;
  cityId: string | null;
  month: string;
  teamId: string | null;
  teamName: string;
  templateName: string;
  status: InspectionStatus;
  /** Bumped by every save; a signature is given to one revision. */
  revision: number;
  header: Header;
  items: RecordItem[];
  facts: InspectionFacts;
  checks: Record<string, FactCheck>;
  satisfaction: Satisfaction;
  extraProblems: { text: string; responsiblePersonId: string | null }[];
  signatures: Signature[];
  /** Ids of the problems written when the record was signed. */
  problems: string[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  updatedByName: string;
  signedAt: string | null;
}

/** A county's or city's copy of the template (`inspection_templates`, id `tpl_<scopeId>`). */
export interface InspectionTemplateDoc {
  _id: string;
  scopeLevel: 'county' | 'city';
  scopeId: string;
  name: string;
  items: { key: string; group: InspectionGroup; text: string; evidence?: 'coverage' | 'presence' }[];
  updatedAt: string;
  updatedBy: string;
}

/** A one-time signing code for the village party secretary (`inspection_sign_codes`, id = the code). */
export interface SignCodeDoc {
  _id: string;
  recordId: string;
  /** The revision shown; a later change makes the code useless. */
  revision: number;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export const recordId = (drawId: string, villageId: string) => `insp_${drawId}_${villageId}`.slice(0, 64);

/**
 * A stored record with every field the views read: other areas' demo data may hold records written
 * before or without this shape (a minimal signed record for the ledger), which read as empty parts.
 */
export function normaliseRecord(d: Partial<InspectionRecordDoc> & { _id: string }): InspectionRecordDoc {
  const month = d.month ?? '';
  return {
    drawId: null,
    villageName: '',
    cityId: null,
    teamId: null,
    teamName: '',
    templateName: '',
    status: 'draft',
    revision: 0,
    items: [],
    checks: {},
    extraProblems: [],
    signatures: [],
    problems: [],
    createdAt: '',
    createdBy: '',
    updatedAt: '',
    updatedBy: '',
    updatedByName: '',
    signedAt: null,
    ...d,
    villageId: d.villageId ?? '',
    countyId: d.countyId ?? '',
    townshipId: d.townshipId ?? '',
    month,
    header: { unitName: '', teamSize: 0, leaderName: '', firstSecretaryName: '', villageName: d.villageName ?? '', population: '', poorCount: '', lastYearIncome: '', fundWan: '', projectFundWan: '', ...(d.header ?? {}) },
    facts: d.facts ?? { month, asOf: '', computedAt: '', calendarPending: false, workingDays: null, cadres: [], coverage: null, survey: null },
    satisfaction: { visited: null, satisfiedRate: null, dissatisfiedRate: null, fromSurvey: false, note: '', ...(d.satisfaction ?? {}) },
  };
}
