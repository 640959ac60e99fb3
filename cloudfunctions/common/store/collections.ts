/**
 * Every collection the product stores, with the fields it is queried by. The SQLite adapter
 * creates an index per listed field; in CloudBase create the same indexes in the console
 * (see README, "Deploy").
 */
export const COLLECTIONS = {
  cities: [],
  counties: ['cityId'],
  townships: ['countyId', 'code'],
  villages: ['countyId', 'townshipId', 'code'],
  units: ['countyId', 'code'],
  people: ['countyId', 'openid', 'code', 'villageId'],
  grants: ['personId', 'countyId', 'scopeId'],
  invites: ['personId', 'countyId'],
  config: [],
  calendar_overrides: ['countyId', 'month'],
  calendar_years: [],
  audit: ['countyId', 'entity', 'at'],
  requests: [],
  clockins: [], // personId: the compound index below
  person_months: ['personId', 'villageId', 'townshipId', 'countyId', 'month'],
  village_months: [],
  leaves: ['personId', 'villageId', 'townshipId', 'countyId', 'status'],
  diaries: ['personId', 'villageId', 'townshipId', 'month', 'day', 'createdAt'],
  visits: ['personId', 'villageId', 'householdId', 'day'],
  households: ['villageId', 'countyId'],
  flags: ['personId', 'villageId', 'townshipId', 'countyId', 'month', 'status'],
  campaigns: ['countyId', 'status'],
  survey_codes: ['campaignId', 'villageId', 'scene'],
  survey_answers: ['campaignId', 'villageId', 'voterKey'],
  survey_keys: ['kind', 'campaignId', 'countyId', 'hour'],
  invite_attempts: ['hour'],
  messages: ['personId', 'countyId', 'kind', 'day', 'pushStatus', 'readAt', 'createdAt'],
  subscriptions: [],
  alerts: ['personId', 'townshipId', 'countyId', 'status', 'level', 'day'],
  jobs: ['countyId', 'startedAt'],
  snapshots: ['countyId', 'month', 'townshipId'],
  grades: ['villageId', 'countyId', 'month'],
  feedback: ['countyId', 'status', 'openid'],
  files: [],
  outbox: [],
  inspection_teams: ['scopeId'],
  draws: ['scopeId', 'cityId', 'month', 'status'],
  inspection_records: ['villageId', 'townshipId', 'countyId', 'month', 'teamId', 'status'],
  inspection_templates: ['scopeId'],
  inspection_sign_codes: ['recordId'],
  problems: ['villageId', 'townshipId', 'countyId', 'month', 'status', 'responsiblePersonId', 'inspectionId'],
  evidence: ['problemId', 'countyId', 'sha256'],
  recalls: ['countyId', 'unitId', 'status'],
  monthly_reports: ['countyId', 'month'],
  guards: [],
} as const satisfies Record<string, readonly string[]>;

export type Collection = keyof typeof COLLECTIONS;

/**
 * Compound indexes: an equality on `equal`, then `order` in the direction `dir`, then the id (the
 * stores' tie-break). A query with that equality and a range or order on `order` (in `dir`)
 * walks only the documents it answers, however many share the `equal` value. The SQLite
 * adapter creates them; in CloudBase create the same compound indexes in the console.
 *   - clockins (personId, at newest first): a cadre's recent clock-ins (the plausibility window),
 *     the day's last one and a month's. Every read of a cadre's clock-ins goes through it (an
 *     equality on its first field alone uses it too), so clockins has no single personId index.
 */
export interface CompoundIndex {
  equal: string;
  order: string;
  dir: 'asc' | 'desc';
}
export const COMPOUND_INDEXES: { readonly [C in Collection]?: readonly CompoundIndex[] } = {
  clockins: [{ equal: 'personId', order: 'at', dir: 'desc' }],
};
