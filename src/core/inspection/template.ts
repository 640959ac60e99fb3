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

/** A group's items numbered as printed (`team-1` …), each a text or a text with the fact backing it. */
function numbered(group: InspectionGroup, items: (string | [string, InspectionEvidence])[]): InspectionItemTemplate[] {
  return items.map((it, i) => {
    const [text, evidence] = typeof it === 'string' ? [it, undefined] : it;
    return { key: `${group}-${i + 1}`, group, text, ...(evidence ? { evidence } : {}) };
  });
}

export const BUILTIN_ITEMS: readonly InspectionItemTemplate[] = [
  ...numbered('team', [
    '是否按相关要求组建驻村工作队。',
    ['驻村工作队员是否食宿在村、工作在村，是否确保每天有人在村工作。', 'coverage'],
    '是否制定帮扶村5年发展规划、2015年帮扶减贫计划。',
    '是否落实“1+6”帮扶任务。',
    '党员干部结对帮扶贫困户是否全覆盖。',
    '每户贫困户是否有脱贫规划和帮扶措施。',
    '是否为帮扶村建立不低于10万元扶贫基金。',
    '是否为帮扶村争取项目资金。',
  ]),
  ...numbered('secretary', [
    ['是否脱产驻村，每月驻村工作日不少于2/3。', 'presence'],
    '是否对贫困户基本情况、致贫原因等情况做到心中有数。',
    '是否积极参加村“两委”决策，过好组织生活。',
    '是否开展软弱涣散党组织整顿，建强村“两委”班子。',
    '是否服从村“两委”工作安排，加强基层治理。',
    '是否帮助制定村级发展规划，落实部门帮扶计划。',
    '是否因户施策，协助制定贫困户发展规划，督促落实结对帮户措施。',
    '有市级领导挂联的部门是否建好挂联台帐。',
  ]),
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
