import { diaryGet } from '../../../../types/actions/diary';
import { serverToday, stationedCadre } from '../../../common/diary/caller';
import { diaryId } from '../../../common/diary/docs';
import { diaryFlagsOf, entryViews, visitView } from '../../../common/diary/view';
import { countyRules } from '../../../common/month';
import { handle } from '../../handler';

/** The caller's own diary of a day (default: today, by the server's clock) and their visits of that day. */
export default handle(diaryGet, async (ctx, input) => {
  const { me } = await stationedCadre(ctx);
  const today = serverToday(ctx);
  const day = input.day ?? today;
  const mode: 'future' | 'write' | 'amend' = day > today ? 'future' : day === today ? 'write' : 'amend';
  const rules = await countyRules(ctx.store, me.countyId);
  const doc = mode === 'future' ? null : await ctx.store.get('diaries', diaryId(me._id, day));
  const [entry] = doc ? await entryViews(ctx, [doc], await diaryFlagsOf(ctx.store, [me._id]), rules.diary.graceHours) : [null];
  const visits = await ctx.store.find('visits', { personId: me._id, day }, { orderBy: [{ field: 'at', dir: 'asc' }] });
  return { day, today, mode, entry, visits: visits.map(visitView), photosRequired: rules.diary.photosRequired };
});
