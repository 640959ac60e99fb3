import { changedSettingPaths } from '../../../../src/core';
import type { RulesView } from '../../../../types/settings';
import type { CountyRules } from '../../../common/county-rules';
import type { DocTx } from '../../../common/store/driver';

/** What the settings page shows: effective settings, what differs from the defaults, problems, last editor by name. */
export async function rulesView(store: DocTx, r: CountyRules): Promise<RulesView> {
  const editor = r.updatedBy ? await store.get('people', r.updatedBy) : null;
  return {
    rules: r.config,
    changed: changedSettingPaths(r.config),
    problems: r.problems,
    version: r.version,
    updatedAt: r.updatedAt,
    updatedBy: editor ? editor.name : r.updatedBy,
  };
}
