import { listCampaigns } from '../../../../types/actions/survey';
import { callerCounty, canSeeVillage } from '../../../common/scope';
import { campaignState, canCloseCampaign, loadVillages } from '../../../common/survey/access';
import { answerTallies } from '../../../common/survey/answers';
import { countyCampaigns } from '../../../common/survey/campaigns';
import { handle } from '../../handler';

/** The county's campaigns that touch a village in the caller's scope, newest first, with answer counts per village. */
export default handle(listCampaigns, async (ctx) => {
  const countyId = callerCounty(ctx);
  const all = await countyCampaigns(ctx.store, countyId);
  const staff = ctx.grants.some((g) => g.role === 'county_admin' || g.role === 'township_supervisor');
  // Two reads for the whole list: every village the campaigns name, and every answer tally.
  const [named, tallies] = await Promise.all([loadVillages(ctx, all.flatMap((c) => c.villageIds)), answerTallies(ctx.store, all.map((c) => c._id))]);
  const byId = new Map(named.map((v) => [v._id, v]));
  const campaigns = [];
  for (const c of all) {
    const villages = c.villageIds.flatMap((id) => byId.get(id) ?? []).filter((v) => canSeeVillage(ctx, v));
    if (villages.length === 0) continue;
    const counts = villages.map((v) => tallies.get(`${c._id}:${v._id}`) ?? 0);
    campaigns.push({
      id: c._id,
      title: c.title,
      organiser: c.organiser,
      status: c.status,
      state: campaignState(c, ctx.now),
      from: c.from,
      to: c.to,
      targetPerVillage: c.targetPerVillage,
      onePerHousehold: c.onePerHousehold,
      villages: villages.map((v, i) => ({ id: v._id, name: v.name, answers: counts[i] })),
      answers: counts.reduce((a, b) => a + b, 0),
      createdByName: c.createdByName,
      canClose: staff && c.status === 'open' && canCloseCampaign(ctx, c, villages),
    });
  }
  return { campaigns };
});
