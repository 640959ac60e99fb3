import { submitSurvey } from '../../../../types/actions/survey';
import { surveyAnswerProblems } from '../../../../src/core/survey/flow';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import { countyRules } from '../../../common/month';
import { openScene, recordAnswer, sceneCampaign } from '../../../common/survey/answers';
import { surveyHash } from '../../../common/survey/keys';
import { handle } from '../../handler';

/**
 * One anonymous answer. A retry with the same clientRequestId answers the first result (even
 * after the campaign closed); a second answer by the same WeChat user (or household, when
 * asked) is refused by unique keys. The retry marker is keyed by its own salted hash (neither
 * the WeChat identity nor the answer's key), so nothing stored links an identity, a time and an answer.
 */
export default handle(submitSurvey, async (ctx, input) => {
  const known = await sceneCampaign(ctx.store, input.scene);
  const caller = known ? { ...ctx, openid: `survey:${surveyHash(known.salt, 'retry', ctx.openid)}` } : ctx;
  return once(caller, 'survey.submit', input.clientRequestId, {
    read: async () => {
      const { campaign } = await openScene(ctx.store, input.scene, ctx.now);
      return countyRules(ctx.store, campaign.countyId);
    },
    // The answer, its guards and counters commit with the request's marker (recordAnswer joins this transaction).
    write: async (tx, rules) => {
      const { campaign, village } = await openScene(tx, input.scene, ctx.now);
      const problems = surveyAnswerProblems(campaign.questions, input.answers);
      if (problems.length) return fail('VALIDATION', problems[0], problems.map((message) => ({ path: 'answers', message })));
      await recordAnswer(tx, {
        campaign,
        village,
        openid: ctx.openid,
        answers: input.answers,
        household: input.household,
        now: ctx.now,
        maxPerVillagePerHour: rules.survey.maxAnswersPerVillagePerHour,
      });
      return { received: true as const, message: '提交成功，感谢您的参与！' };
    },
  });
});
