import { addDays, shanghaiDay } from '../src/core/time';
import { nextQuestionIndex } from '../src/core/survey/flow';
import { surveyTemplate } from '../src/core/survey/templates';
import { RATING_MAX, type SurveyAnswers, type SurveyQuestion } from '../src/core/survey/types';
import { ids } from '../cloudfunctions/common/model';
import { townshipVillages } from '../cloudfunctions/common/org';
import { recordAnswer } from '../cloudfunctions/common/survey/answers';
import { insertCampaign } from '../cloudfunctions/common/survey/campaigns';
import { newCampaignId, newSalt } from '../cloudfunctions/common/survey/keys';
import type { CampaignDoc } from '../cloudfunctions/common/survey/model';
import type { DocDriver } from '../cloudfunctions/common/store/driver';

function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Answers per village of the first township: one under the minimum sample, the others above. */
const ANSWERS: Record<string, number> = { V001: 34, V002: 41, V003: 18, V004: 36 };
const HEADS = ['王建华', '李秀英', '张国强', '刘桂兰', '陈德胜', '杨春梅', '黄永福', '赵玉珍', '周长青', '吴凤英'];

/** A plausible answer following the skip logic; `aware` and `happy` bias the measured questions. */
function answerFor(questions: readonly SurveyQuestion[], rnd: () => number, aware: number, happy: number): SurveyAnswers {
  const a: SurveyAnswers = {};
  for (let i = 0; i < questions.length; i = nextQuestionIndex(questions, i, a)) {
    const q = questions[i];
    const bias = q.measure === 'awareness' ? aware : q.measure === 'satisfaction' ? happy : 0.5;
    if (q.kind === 'single') {
      const positive = q.positive.length > 0 && rnd() < bias;
      const pool = q.options.map((_, k) => k).filter((k) => (q.positive.length === 0 ? true : q.positive.includes(k) === positive));
      a[q.id] = pool[Math.floor(rnd() * pool.length)];
    } else if (q.kind === 'multi') a[q.id] = [...new Set([Math.floor(rnd() * (q.options.length - 1)), Math.floor(rnd() * (q.options.length - 1))])];
    else if (q.kind === 'rating') a[q.id] = rnd() < bias ? 4 + Math.floor(rnd() * 2) : 1 + Math.floor(rnd() * (RATING_MAX - 2));
    else if (rnd() < 0.3) a[q.id] = ['希望多来村里走走', '道路修好了，感谢工作队', '希望帮助销售农产品', '医保政策讲得很清楚'][Math.floor(rnd() * 4)];
  }
  return a;
}

/** Demo: one open campaign (awareness and satisfaction) for the villages of 城关镇, with some answers. */
export async function seedSurvey(store: DocDriver, countyId: string, now: Date): Promise<void> {
  const template = surveyTemplate('combined')!;
  const township = ids.township(countyId, 'T01');
  const villages = (await townshipVillages(store, countyId, township)).sort((a, b) => a.code.localeCompare(b.code));
  const supervisor = await store.get('people', ids.person(countyId, 'P0002'));
  const today = shanghaiDay(now);
  const campaign: CampaignDoc = {
    _id: newCampaignId(),
    countyId,
    title: `${today.slice(0, 4)}年${Number(today.slice(5, 7))}月驻村工作群众评价`,
    templateId: template.id,
    questions: template.questions,
    villageIds: villages.map((v) => v._id),
    from: addDays(today, -10),
    to: addDays(today, 20),
    targetPerVillage: 50,
    onePerHousehold: true,
    status: 'open',
    organiser: '城关镇党委',
    createdBy: supervisor?._id ?? '',
    createdByName: supervisor?.name ?? '乡镇督导',
    createdAt: new Date(now.getTime() - 10 * 86_400_000).toISOString(),
    closedAt: null,
    closedBy: null,
    salt: newSalt(),
  };
  await insertCampaign(store, campaign, campaign.createdAt);
  const rnd = prng(23);
  for (const v of villages) {
    const n = ANSWERS[v.code] ?? 0;
    const aware = v.code === 'V002' ? 0.55 : 0.8;
    for (let i = 0; i < n; i++) {
      await recordAnswer(store, {
        campaign,
        village: v,
        openid: `seed-villager-${v.code}-${i}`,
        answers: answerFor(campaign.questions, rnd, aware, 0.85),
        household: { head: HEADS[i % HEADS.length], group: `${Math.floor(i / HEADS.length) + 1}组` },
        now: new Date(now.getTime() - (i + 1) * 3600_000),
        maxPerVillagePerHour: 1000,
      });
    }
  }
}
