/**
 * Every collection the product stores, with the fields it is queried by. The SQLite adapter
 * creates an index per listed field; in CloudBase create the same indexes in the console
 * (see README, "Deploy").
 */
export const COLLECTIONS = {
  counties: [],
  townships: ['countyId', 'code'],
  villages: ['countyId', 'townshipId', 'code'],
  units: ['countyId', 'code'],
  people: ['countyId', 'openid', 'code'],
  grants: ['personId', 'countyId', 'scopeId'],
  invites: ['personId', 'countyId'],
  config: [],
  calendar_overrides: ['countyId', 'month'],
  calendar_years: [],
  audit: ['countyId', 'entity', 'at'],
  requests: [],
  clockins: ['personId', 'villageId', 'day', 'month'],
  person_months: ['personId', 'villageId', 'townshipId', 'countyId', 'month'],
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
  alerts: ['personId', 'townshipId', 'countyId', 'status', 'level'],
  jobs: ['countyId', 'startedAt'],
  snapshots: ['countyId', 'month'],
  grades: ['villageId', 'countyId', 'month'],
  feedback: ['countyId', 'status', 'openid'],
  files: [],
  outbox: [],
  inspection_teams: ['scopeId'],
  inspection_records: ['villageId', 'townshipId', 'countyId', 'month', 'teamId', 'status'],
  problems: ['villageId', 'townshipId', 'countyId', 'month', 'status', 'responsiblePersonId', 'inspectionId'],
  evidence: ['problemId', 'countyId', 'sha256'],
  recalls: ['countyId', 'unitId', 'status'],
  monthly_reports: ['countyId', 'month'],
} as const satisfies Record<string, readonly string[]>;

export type Collection = keyof typeof COLLECTIONS;
