import { GROUP_LABELS } from '../../../../src/core/inspection/template';
import { inspectionCodeView } from '../../../../types/actions/inspection';
import { handle } from '../../handler';
import { recordByCode } from './by-code';

/** What the village party secretary reads before signing: the answers, the satisfaction figures, the problems. */
export default handle(inspectionCodeView, async (ctx, { code }) => {
  const { rec } = await recordByCode(ctx, code);
  return {
    villageName: rec.villageName,
    month: rec.month,
    teamName: rec.teamName,
    revision: rec.revision,
    items: rec.items.map((i) => ({ group: GROUP_LABELS[i.group], text: i.text, answer: i.answer, note: i.note })),
    satisfaction: { visited: rec.satisfaction.visited, satisfiedRate: rec.satisfaction.satisfiedRate, dissatisfiedRate: rec.satisfaction.dissatisfiedRate },
    problems: rec.extraProblems.map((p) => p.text),
    signed: false,
  };
});
