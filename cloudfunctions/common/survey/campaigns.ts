import { findAll, type DocDriver, type DocTx } from '../store/driver';
import { newScene } from './keys';
import type { CampaignDoc, SurveyCodeDoc } from './model';

/** Stores a new campaign and one crypto-random QR scene per village (PNG made later, on request). */
export async function insertCampaign(store: DocTx, campaign: CampaignDoc, at: string): Promise<void> {
  await store.insert('campaigns', campaign);
  for (const villageId of campaign.villageIds) {
    const scene = newScene();
    const code: SurveyCodeDoc = { _id: scene, scene, campaignId: campaign._id, villageId, countyId: campaign.countyId, fileId: null, createdAt: at };
    await store.insert('survey_codes', code);
  }
}

/** A county's campaigns, newest first (a few a month). */
export function countyCampaigns(store: DocDriver, countyId: string): Promise<CampaignDoc[]> {
  return findAll(store, 'campaigns', { countyId }, { orderBy: [{ field: 'createdAt', dir: 'desc' }] });
}
