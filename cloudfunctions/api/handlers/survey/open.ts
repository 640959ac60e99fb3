import { openSurvey } from '../../../../types/actions/survey';
import { fail } from '../../../common/errors';
import { hasAnswered, openScene } from '../../../common/survey/answers';
import { handle } from '../../handler';

/** What a villager sees after scanning: who asks, the questions. No roster account needed. */
export default handle(openSurvey, async (ctx, { scene }) => {
  const { campaign, village } = await openScene(ctx.store, scene, ctx.now);
  if (await hasAnswered(ctx.store, campaign, ctx.openid)) return fail('ALREADY_ANSWERED');
  return {
    campaignTitle: campaign.title,
    organiser: campaign.organiser,
    villageName: village.name,
    to: campaign.to,
    onePerHousehold: campaign.onePerHousehold,
    questions: campaign.questions,
  };
});
