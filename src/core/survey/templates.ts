import type { SurveyQuestion } from './types';

/**
 * Ready-made questionnaires (data, not code) after the inspection items of seed 002: 驻村工作
 * 知晓情况 (awareness of the first secretary, the team and key policies, target ≥ 60%) and
 * 帮扶村满意度评价 (satisfaction with the work team).
 */
export interface SurveyTemplate {
  id: 'awareness' | 'satisfaction' | 'combined';
  name: string;
  title: string;
  questions: SurveyQuestion[];
}

const q = (id: string, p: Partial<SurveyQuestion> & Pick<SurveyQuestion, 'kind' | 'title'>): SurveyQuestion => ({
  id,
  options: [],
  required: true,
  measure: null,
  positive: [],
  skip: [],
  ...p,
});

const AWARENESS: SurveyQuestion[] = [
  q('q1', {
    kind: 'single',
    title: '您知道本村的第一书记是谁吗？',
    options: ['知道，能说出名字', '听说过，说不出名字', '不知道'],
    measure: 'awareness',
    positive: [0, 1],
    skip: [{ when: 2, to: 'q3' }],
  }),
  q('q2', { kind: 'single', title: '第一书记或驻村工作队到您家走访过吗？', options: ['走访过', '没有走访过', '记不清'] }),
  q('q3', {
    kind: 'single',
    title: '您知道村里有驻村工作队吗？',
    options: ['知道', '不知道'],
    measure: 'awareness',
    positive: [0],
  }),
  q('q4', {
    kind: 'multi',
    title: '下面这些政策，您听说过哪些？（可多选）',
    options: ['乡村振兴帮扶政策', '防止返贫监测', '产业扶持和小额信贷', '医疗和养老保险', '都没听说过'],
  }),
];

const SATISFACTION: SurveyQuestion[] = [
  q('s1', {
    kind: 'single',
    title: '您对驻村工作队的工作满意吗？',
    options: ['满意', '基本满意', '不满意', '不了解'],
    measure: 'satisfaction',
    positive: [0, 1],
    skip: [{ when: 3, to: 's3' }],
  }),
  q('s2', { kind: 'rating', title: '给驻村工作队为群众办实事打个分（1到5分）', measure: 'satisfaction', positive: [4, 5] }),
  q('s3', { kind: 'text', title: '您对驻村工作还有什么意见或建议？（可不填）', required: false }),
];

export const SURVEY_TEMPLATES: SurveyTemplate[] = [
  { id: 'awareness', name: '知晓率调查', title: '驻村工作知晓情况调查', questions: AWARENESS },
  { id: 'satisfaction', name: '满意度调查', title: '驻村工作队满意度调查', questions: SATISFACTION },
  {
    id: 'combined',
    name: '知晓率和满意度',
    title: '驻村工作群众知晓率和满意度调查',
    questions: [...AWARENESS.slice(0, 3), ...SATISFACTION],
  },
];

export function surveyTemplate(id: string): SurveyTemplate | undefined {
  return SURVEY_TEMPLATES.find((t) => t.id === id);
}
