import { DEFAULT_RULE_CONFIG, monthOf, shanghaiDay, shanghaiMonth, type DiarySections } from '../src/core';
import { detectStored } from '../cloudfunctions/common/diary/detect';
import { diaryId, type DiaryDoc, type HouseholdDoc } from '../cloudfunctions/common/diary/docs';
import { ids, type VillageDoc } from '../cloudfunctions/common/model';
import { personMonthId, writeRollup } from '../cloudfunctions/common/month';
import { countyPeople, countyVillages } from '../cloudfunctions/common/org';
import type { DocDriver } from '../cloudfunctions/common/store/driver';
import { exampleMonth } from './seed-calendar';

/** Deterministic pseudo-random numbers so every fresh demo looks the same. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程';
const GIVEN = ['德贵', '国富', '秋菊', '长生', '桂英', '满仓', '金花', '水生', '招娣', '有田', '翠兰', '大海', '福生', '凤英', '铁柱', '腊梅', '庆丰', '春生', '玉珍', '老四'];
const CATEGORIES = ['一般户', '一般户', '一般户', '脱贫户', '脱贫户', '监测户'];
const HOUSEHOLDS_PER_VILLAGE = 18;
const GROUPS = 6;

/** Demo diaries are written by the first village's team; one lagging cadre (P0502) back-fills and copies. */
const DIARY_PEOPLE = new Set(['P0101', 'P0102', 'P0103']);
const BATCHING_PERSON = 'P0502';

const PARTY = ['组织党员学习县委全会精神，讨论本村冬季防火安排。', '召开支委会，研究发展一名入党积极分子的培养计划。', '走访两名老党员，送学上门，听取对村两委工作的意见。', '整理党支部“三会一课”记录，补齐上月党员大会签到。'];
const INDUSTRY = ['到油茶基地查看冬季施肥，和合作社商量明年扩种50亩。', '联系县农业农村局专家来村指导大棚蔬菜病虫害防治。', '对接县城两家超市，谈妥本村土鸡蛋每周供货。', '查看光伏电站运行，核对本月发电收益入村集体账户。'];
const SERVICE = ['帮村民办理医保缴费，协调镇卫生院上门为两位老人体检。', '调解一组两户宅基地边界纠纷，双方签了协议。', '帮助三户脱贫户申请小额信贷，材料已报镇里。', '修好村口路灯四盏，安排人员清理水渠。'];
const VISIT_NOTES = ['了解冬季取暖和用电情况', '询问孩子上学和医保报销情况', '查看危房改造进度', '了解外出务工和收入情况', '核对帮扶措施落实情况'];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

/** Households of every village: 18 per village in 6 groups, a few 脱贫户 and 监测户. */
function householdsOf(village: VillageDoc, rnd: () => number): HouseholdDoc[] {
  const out: HouseholdDoc[] = [];
  for (let i = 0; i < HOUSEHOLDS_PER_VILLAGE; i++) {
    const code = String(i + 1).padStart(3, '0');
    out.push({
      _id: ids.household(village.countyId, village.code, code),
      villageId: village._id,
      countyId: village.countyId,
      code,
      name: pick(rnd, [...SURNAMES]) + pick(rnd, GIVEN),
      group: `${(i % GROUPS) + 1}组`,
      category: pick(rnd, CATEGORIES),
    });
  }
  return out;
}

function sectionsFor(rnd: () => number, households: HouseholdDoc[]): DiarySections {
  const h = pick(rnd, households);
  return {
    visits: `到${h.group}走访${h.name}家，${pick(rnd, VISIT_NOTES)}。`,
    party: rnd() < 0.6 ? pick(rnd, PARTY) : '',
    industry: rnd() < 0.5 ? pick(rnd, INDUSTRY) : '',
    service: rnd() < 0.5 ? pick(rnd, SERVICE) : '',
    other: '',
  };
}

/**
 * Households for every village, the first village team's diaries of this month and of the example
 * month (matching the month rollup's writing times), and one cadre who wrote three days of the example
 * month in one sitting with copied text, so the supervisor's flags have something to show (exampleMonth).
 */
export async function seedDiary(store: DocDriver, countyId: string, now: Date): Promise<void> {
  const rnd = prng(23);
  const today = shanghaiDay(now);
  const villages = await countyVillages(store, countyId);
  const households = new Map<string, HouseholdDoc[]>();
  for (const v of villages.sort((a, b) => a.code.localeCompare(b.code))) {
    const list = householdsOf(v, rnd);
    households.set(v._id, list);
    for (const h of list) await store.put('households', h);
  }
  const people = await countyPeople(store, countyId);
  const villageById = new Map(villages.map((v) => [v._id, v]));
  const examples = exampleMonth(now);
  for (const [month, p] of [...new Set([examples, shanghaiMonth(now)])].flatMap((m) => people.map((x) => [m, x] as const))) {
    if (!p.villageId || !(DIARY_PEOPLE.has(p.code) || (p.code === BATCHING_PERSON && month === examples))) continue;
    const rollup = await store.get('person_months', personMonthId(p._id, month));
    if (!rollup) continue;
    const village = villageById.get(p.villageId)!;
    const written = rollup.diaries.filter((d) => d.day < today);
    const batching = p.code === BATCHING_PERSON;
    const sitting = batching ? written.slice(-3) : [];
    const copied = sectionsFor(rnd, households.get(village._id)!);
    for (const [i, d] of written.entries()) {
      const inSitting = sitting.includes(d);
      // The sitting: the last three days written on the evening of the last one, six minutes apart.
      const createdAt = inSitting
        ? new Date(Date.parse(sitting[sitting.length - 1].writtenAt) + sitting.indexOf(d) * 6 * 60_000).toISOString()
        : d.writtenAt;
      d.writtenAt = createdAt;
      const doc: DiaryDoc = {
        _id: diaryId(p._id, d.day),
        personId: p._id,
        villageId: village._id,
        townshipId: village.townshipId,
        countyId,
        day: d.day,
        month: monthOf(d.day),
        sections: inSitting ? { ...copied, visits: copied.visits.replace('。', `，共${i % 3 + 2}户。`) } : sectionsFor(rnd, households.get(village._id)!),
        visitIds: [],
        photoIds: [],
        createdAt,
        updatedAt: createdAt,
        amendments: [],
      };
      await store.put('diaries', doc);
    }
    if (batching) {
      await writeRollup(store, rollup);
      for (const d of sitting) {
        const doc = await store.get('diaries', diaryId(p._id, d.day));
        if (doc) await detectStored(store, new Date(doc.createdAt), doc, DEFAULT_RULE_CONFIG, true);
      }
    }
  }
}
