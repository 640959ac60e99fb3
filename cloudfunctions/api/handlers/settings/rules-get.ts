import { settingsRulesGet } from '../../../../types/actions/settings';
import { adminCounty, readCountyRules } from '../../../common/county-rules';
import { handle } from '../../handler';
import { rulesView } from './rules-view';

/** The county admin's own county's settings over the defaults. */
export default handle(settingsRulesGet, async (ctx) => rulesView(ctx.store, await readCountyRules(ctx.store, adminCounty(ctx))));
