/**
 * The inspection record form of seed 002 (巴市组办〔2015〕125号, 附件2 履职情况专项督查纪实表):
 * 8 work-team items and 8 first-secretary items, each answered 是/否, word for word. A county or
 * city copies it and edits the items; a record keeps the text it was filled with.
 */
export type InspectionGroup = 'team' | 'secretary';

/** A fact the system knows that backs an item (its answer is proposed from it, the inspector decides). */
export type InspectionEvidence = 'coverage' | 'presence';

export interface InspectionItemTemplate {
  key: string;
  group: InspectionGroup;
  text: string;
  evidence?: InspectionEvidence;
}

export const GROUP_LABELS: Record<InspectionGroup, string> = {
  team: '驻村工作队履职情况',
  secretary: '第一书记履职情况',
};

export const BUILTIN_TEMPLATE_NAME = '驻村工作队和第一书记到村履职情况督查记实表';

export const BUILTIN_ITEMS: readonly InspectionItemTemplate[] = [
  { key: 'team-1', group: 'team', text: '是否按相关要求组建驻村工作队。' },
  { key: 'team-2', group: 'team', text: '驻村工作队员是否食宿在村、工作在村，是否确保每天有人在村工作。', evidence: 'coverage' },
  { key: 'team-3', group: 'team', text: '是否制定帮扶村5年发展规划、2015年帮扶减贫计划。' },
  { key: 'team-4', group: 'team', text: '是否落实“1+6”帮扶任务。' },
  { key: 'team-5', group: 'team', text: '党员干部结对帮扶贫困户是否全覆盖。' },
  { key: 'team-6', group: 'team', text: '每户贫困户是否有脱贫规划和帮扶措施。' },
  { key: 'team-7', group: 'team', text: '是否为帮扶村建立不低于10万元扶贫基金。' },
  { key: 'team-8', group: 'team', text: '是否为帮扶村争取项目资金。' },
  { key: 'secretary-1', group: 'secretary', text: '是否脱产驻村，每月驻村工作日不少于2/3。', evidence: 'presence' },
  { key: 'secretary-2', group: 'secretary', text: '是否对贫困户基本情况、致贫原因等情况做到心中有数。' },
  { key: 'secretary-3', group: 'secretary', text: '是否积极参加村“两委”决策，过好组织生活。' },
  { key: 'secretary-4', group: 'secretary', text: '是否开展软弱涣散党组织整顿，建强村“两委”班子。' },
  { key: 'secretary-5', group: 'secretary', text: '是否服从村“两委”工作安排，加强基层治理。' },
  { key: 'secretary-6', group: 'secretary', text: '是否帮助制定村级发展规划，落实部门帮扶计划。' },
  { key: 'secretary-7', group: 'secretary', text: '是否因户施策，协助制定贫困户发展规划，督促落实结对帮户措施。' },
  { key: 'secretary-8', group: 'secretary', text: '有市级领导挂联的部门是否建好挂联台帐。' },
];

/** An item's number within its group, as printed on the form ('1.' … '8.'). */
export function itemNumber(items: readonly { key: string; group: InspectionGroup }[], key: string): number {
  const it = items.find((i) => i.key === key);
  if (!it) return 0;
  return items.filter((i) => i.group === it.group).findIndex((i) => i.key === key) + 1;
}

/** Why a template's items cannot be used, in Chinese; null when they can. */
export function templateItemsProblem(items: readonly InspectionItemTemplate[]): string | null {
  for (const g of ['team', 'secretary'] as const) {
    if (!items.some((i) => i.group === g)) return `“${GROUP_LABELS[g]}”至少要有一项`;
  }
  const keys = new Set<string>();
  for (const i of items) {
    if (keys.has(i.key)) return '督查指标的编号重复了';
    keys.add(i.key);
  }
  return null;
}
