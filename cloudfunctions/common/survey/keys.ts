import { createHmac, randomBytes } from 'node:crypto';

/**
 * An opaque QR scene: 18 random bytes (144 bits) as base64url, 24 characters, all within
 * wxacode.getUnlimited's scene alphabet and ≤ 32 characters. Never derived from ids, so it
 * cannot be guessed from a campaign or village code.
 */
export const newScene = (): string => randomBytes(18).toString('base64url');
export const newCampaignId = (): string => `svc_${randomBytes(9).toString('base64url')}`;
export const newSalt = (): string => randomBytes(16).toString('base64url');

/**
 * Salted one-way hash used for dedupe only. The key is the deployment secret (set
 * ZHUCUN_SURVEY_SECRET in production) plus the campaign's own salt, so hashes of the same
 * person differ between campaigns and cannot be recomputed from the database alone.
 */
export function surveyHash(salt: string, kind: 'voter' | 'household' | 'retry', value: string): string {
  const secret = process.env.ZHUCUN_SURVEY_SECRET ?? '';
  return createHmac('sha256', `${secret}:${salt}`).update(`${kind}:${value}`).digest('base64url').slice(0, 32);
}

export const answerId = (campaignId: string, voterKey: string) => `${campaignId}:${voterKey}`;
export const householdGuardId = (campaignId: string, householdHash: string) => `hh:${campaignId}:${householdHash}`;
export const rateId = (villageId: string, hour: string) => `rate:${villageId}:${hour}`;
export const tallyId = (campaignId: string, villageId: string) => `tally:${campaignId}:${villageId}`;
