import { surveyResults } from '../../../../types/actions/survey';
import { campaignReport } from '../../../common/survey/report';
import { handle } from '../../handler';

/** Aggregates per village in the caller's scope; a village's cadres see their own village only. */
export default handle(surveyResults, async (ctx, { campaignId, villageId }) => {
  const r = await campaignReport(ctx, campaignId, villageId);
  return {
    campaign: { id: r.campaign._id, title: r.campaign.title, from: r.campaign.from, to: r.campaign.to, state: r.state },
    awarenessMin: r.awarenessMin,
    minAnswers: r.minAnswers,
    minCellAnswers: r.minCellAnswers,
    villages: r.villages,
  };
});
