import type { DiarySections } from '../../../src/core';

/** One cadre's diary of one day: `${personId}:${day}`, so a day has one entry per person. */
export interface DiaryDoc {
  _id: string;
  personId: string;
  villageId: string;
  townshipId: string;
  countyId: string;
  day: string;
  month: string;
  sections: DiarySections;
  visitIds: string[];
  photoIds: string[];
  /** First creation: what the on-time rule judges; never moved by later edits. */
  createdAt: string;
  updatedAt: string;
  /** Changes after the day (补记), each with its reason and both versions. */
  amendments: { at: string; by: string | null; reason: string; before: DiarySections; after: DiarySections }[];
}

export const diaryId = (personId: string, day: string) => `${personId}:${day}`;

/** A household of a village (户主 and 组), maintained by the county. */
export interface HouseholdDoc {
  _id: string;
  villageId: string;
  countyId: string;
  /** 户编号: the household's code within its village (id = ids.household(county, village code, code)). */
  code: string;
  /** 户主 */
  name: string;
  /** 组 (村民小组) */
  group: string;
  /** 脱贫户 / 监测户 / 一般户 */
  category?: string;
}

/** A household visit made in person, at a position checked against the village fence. */
export interface VisitDoc {
  _id: string;
  personId: string;
  villageId: string;
  townshipId: string;
  countyId: string;
  householdId: string;
  householdName: string;
  group: string;
  day: string;
  month: string;
  at: string;
  lat: number;
  lng: number;
  accuracyM: number;
  fuzzy: boolean;
  distanceM: number;
  note: string;
}

/** A photo stored for a diary (collection `files`); `fileId` is the cloud storage id / local path. */
export interface PhotoDoc {
  _id: string;
  kind: 'diary-photo';
  personId: string;
  villageId: string;
  countyId: string;
  fileId: string;
  contentType: string;
  bytes: number;
  createdAt: string;
}
