import { surveyCode } from '../../../../types/actions/survey';
import { fail } from '../../../common/errors';
import { requireVillage } from '../../../common/scope';
import { loadCampaign, STAFF_ROLES } from '../../../common/survey/access';
import { handle } from '../../handler';

/** The page a survey code opens (wxacode.getUnlimited wants it without the leading slash). */
export const SURVEY_PAGE = 'packages/survey/pages/index/index';

/** The QR code PNG of one village and campaign, made once and kept in file storage. */
export default handle(surveyCode, async (ctx, { campaignId, villageId }) => {
  const c = await loadCampaign(ctx, campaignId);
  if (!c.villageIds.includes(villageId)) return fail('NOT_FOUND', '这次调查不包括这个村。');
  const village = await requireVillage(ctx, villageId, STAFF_ROLES);
  const [code] = await ctx.store.find('survey_codes', { campaignId, villageId }, { limit: 1 });
  if (!code) return fail('NOT_FOUND', '没有找到这个村的二维码。');
  let fileId = code.fileId;
  if (!fileId) {
    const png = await ctx.services.codes.unlimited(code.scene, SURVEY_PAGE);
    fileId = await ctx.services.files.put(`survey/${c._id}/${code.scene}.png`, png, 'image/png');
    await ctx.store.update('survey_codes', code._id, { fileId });
  }
  const township = await ctx.store.get('townships', village.townshipId);
  return {
    scene: code.scene,
    imageUrl: (await ctx.services.files.urls([fileId]))[0],
    link: ctx.env === 'local' ? `/#/${SURVEY_PAGE}?scene=${encodeURIComponent(code.scene)}` : null,
    villageName: village.name,
    townshipName: township?.name ?? '',
    campaignTitle: c.title,
    organiser: c.organiser,
    from: c.from,
    to: c.to,
  };
});
