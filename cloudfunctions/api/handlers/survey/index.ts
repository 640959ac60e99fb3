import type { Handler } from '../../handler';
import createCampaign from './create-campaign';
import listCampaigns from './list-campaigns';
import closeCampaign from './close-campaign';
import code from './code';
import open from './open';
import submit from './submit';
import results from './results';
import exportResults from './export';

/** The handlers of this area, one per contract in types/actions/survey.ts. */
export const SURVEY_HANDLERS: Handler[] = [createCampaign, listCampaigns, closeCampaign, code, open, submit, results, exportResults] as Handler[];
