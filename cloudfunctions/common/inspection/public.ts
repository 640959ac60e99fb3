import { cmp } from '../../../src/core/draw';
import type { Services } from '../services';
import { findAll, type DocDriver } from '../store/driver';
import type { DrawDoc } from './docs';

export const FRAME_RULE_TEXT = { all: '全部驻村工作队', countyUnits: '只含县直单位派出的工作队' } as const;

/** The seed formula, word for word as `seedOf` computes it (src/core/draw/draw.ts). */
export const SEED_FORMULA =
  'seed = SHA-256("zhucun-draw-v1" + "\\n" + 摇号编号 + "\\n" + 每位成员的 personId + ":" + 揭示的数字（按 personId 升序，每人一行，以 "\\n" 分隔） + "\\n" + "public:" + 公开数（没有则为空）)';

export const HOW_TO_CHECK = [
  '1. 每位督查组成员揭示的数字，算出 SHA-256 应与他开奖前公示的承诺完全相同。',
  '2. 按上面的公式用全部揭示的数字（和公开数）算出种子（seed）。',
  '3. 每个村的签号 = SHA-256(种子 + ":" + 村编码)，小写十六进制。',
  '4. 每个县抽 k 个村：k = 该县名单内村数 × 抽取比例，向上取整，至少1个；签号最小的 k 个村中签，签号相同按村编码排序。',
  '5. 在电脑上运行 npm run verify-draw -- <本文件或链接>，会逐项重算并给出“一致”或“不一致”。',
];

/** What the app's draw page and the public record both show of a draw, as stored. */
export function drawBasics(d: DrawDoc) {
  return {
    id: d._id,
    scopeLevel: d.scopeLevel,
    scopeName: d.scopeName,
    month: d.month,
    status: d.status,
    rate: d.rate,
    frameRule: d.frameRule,
    frameRuleText: FRAME_RULE_TEXT[d.frameRule],
    countyNames: d.countyNames,
    frame: d.frame,
    quotas: d.quotas,
    commitments: d.commitments,
    publicValue: d.publicValue,
    seed: d.seed,
    publishedAt: d.publishedAt,
    drawnAt: d.drawnAt,
    seedFormula: SEED_FORMULA,
  };
}

/** The public record of one draw: everything needed to re-run it, and nothing private. */
export function publicDraw(d: DrawDoc) {
  return {
    format: 'zhucun-draw/1',
    ...drawBasics(d),
    scopeId: d.scopeId,
    teams: d.teams,
    reveals: d.status === 'drawn' ? d.reveals : d.reveals.map((r) => ({ personId: r.personId, value: null, at: r.at })),
    selection: d.selection,
    assignments: d.assignments,
    howToCheck: HOW_TO_CHECK,
  };
}
export type PublicDraw = ReturnType<typeof publicDraw>;

/** The list of published draws, newest month first. */
export async function publicIndex(store: DocDriver) {
  const draws = await findAll(store, 'draws', { status: { $in: ['committing', 'drawn'] } });
  return {
    format: 'zhucun-draw-index/1',
    draws: draws
      .sort((a, b) => cmp(b.month, a.month) || cmp(a._id, b._id))
      .map((d) => ({ id: d._id, scopeLevel: d.scopeLevel, scopeName: d.scopeName, month: d.month, status: d.status, frameSize: d.frame.length, selected: d.selection.length, publishedAt: d.publishedAt, drawnAt: d.drawnAt, file: `${d._id}.json` })),
  };
}

const json = (v: unknown) => Buffer.from(`${JSON.stringify(v, null, 2)}\n`, 'utf8');

/**
 * Writes the draw's JSON and the index to storage under public/draws/ (cloud storage in production,
 * served at /public/draws/ on the local stack) and records the draw's public link.
 */
export async function writePublicDraw(store: DocDriver, services: Services, d: DrawDoc): Promise<{ fileId: string; url: string }> {
  const fileId = await services.files.put(`public/draws/${d._id}.json`, json(publicDraw(d)), 'application/json');
  await services.files.put('public/draws/index.json', json(await publicIndex(store)), 'application/json');
  const [url] = await services.files.urls([fileId]);
  await store.update('draws', d._id, { publicFileId: fileId, publicUrl: url ?? null });
  return { fileId, url: url ?? '' };
}
