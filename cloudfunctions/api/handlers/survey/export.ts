import { surveyExport } from '../../../../types/actions/survey';
import { campaignReport } from '../../../common/survey/report';
import { resultsWorkbook } from '../../../common/survey/xlsx';
import { handle } from '../../handler';

/** The results as .xlsx (base64 in the envelope); the same scope as survey.results. */
export default handle(surveyExport, async (ctx, { campaignId, villageId }) => {
  const r = await campaignReport(ctx, campaignId, villageId);
  const staff = ctx.grants.some((g) => g.role === 'county_admin' || g.role === 'township_supervisor');
  const buf = await resultsWorkbook(r.campaign, r.villages, {
    awarenessMin: r.awarenessMin,
    minAnswers: r.minAnswers,
    minCellAnswers: r.minCellAnswers,
    texts: staff ? r.texts : null,
  });
  const name = r.campaign.title.replace(/[\\/:*?"<>|]/g, '');
  return { fileName: `${name}-结果.xlsx`, base64: buf.toString('base64') };
});
