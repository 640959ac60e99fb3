import { changedSettingPaths, parseRuleConfig } from '../../../../src/core';
import { settingsRulesSet } from '../../../../types/actions/settings';
import { audit } from '../../../common/audit';
import { adminCounty, countyRulesId, readCountyRules, writeCountyRules } from '../../../common/county-rules';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import { handle } from '../../handler';
import { rulesView } from './rules-view';

/**
 * Saves the county's settings: validated again (Chinese messages), refused when someone saved in
 * between (CONFLICT), stored as the changes over the defaults, audited with before and after. A retry
 * with the same clientRequestId answers the first result and writes nothing.
 */
export default handle(settingsRulesSet, async (ctx, input) => {
  const countyId = adminCounty(ctx);
  const parsed = parseRuleConfig(input.rules);
  if (!parsed.ok) return fail('VALIDATION', `填写的内容有误：${parsed.errors[0]}`, parsed.errors.map((message) => ({ message })));
  return once(ctx, 'settings.rules.set', input.clientRequestId, async (tx) => {
    const before = await readCountyRules(tx, countyId);
    if (input.version !== before.version) return fail('CONFLICT', '设置已被他人修改，请刷新后再改。');
    const at = ctx.now.toISOString();
    const changed = changedSettingPaths(parsed.config);
    const doc = await writeCountyRules(tx, countyId, parsed.config, before.version + 1, at, ctx.person!._id);
    await audit(ctx, tx, {
      countyId,
      entity: 'settings',
      entityId: countyRulesId(countyId),
      action: 'rules.set',
      before: { rules: before.config, problems: before.problems },
      after: { rules: parsed.config, stored: doc.rules },
      note: changed.length > 0 ? `与默认值不同：${changed.join('、')}` : '全部为默认值',
    });
    return rulesView(tx, await readCountyRules(tx, countyId));
  });
});
