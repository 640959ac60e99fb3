import { commitmentOf, MIN_RATE, runDraw, teamMayGo } from './draw';
import type { Assignment, Commitment, DrawScopeLevel, DrawStatus, DrawTeam, FrameEntry, PublicValue, Quota, Reveal, Selected } from './types';

/** A draw as published (`/public/draws/<id>.json`): the fields verification reads. */
export interface PublishedDraw {
  id: string;
  scopeLevel: DrawScopeLevel;
  month: string;
  status: DrawStatus;
  rate: number;
  frame: FrameEntry[];
  teams: DrawTeam[];
  commitments: Commitment[];
  reveals: Reveal[];
  publicValue: PublicValue | null;
  seed: string | null;
  quotas: Quota[];
  selection: Selected[];
  assignments: Assignment[];
}

export interface Verdict {
  /** True only for a drawn draw whose every published figure the re-run reproduces. */
  ok: boolean;
  problems: string[];
  /** What the re-run computed (null when the JSON cannot be re-run at all). */
  recomputed: ReturnType<typeof runDraw> | null;
}

const isArr = Array.isArray;

/** What is missing or malformed in the JSON, before anything can be re-run. */
function shapeProblems(d: Partial<PublishedDraw>): string[] {
  const p: string[] = [];
  if (typeof d.id !== 'string' || !d.id) p.push('缺少摇号编号（id）');
  if (d.scopeLevel !== 'city' && d.scopeLevel !== 'county') p.push('范围（scopeLevel）应为 city 或 county');
  if (typeof d.rate !== 'number' || !(d.rate > 0 && d.rate <= 1)) p.push('抽取比例（rate）应为0到1之间的数');
  for (const k of ['frame', 'teams', 'commitments', 'reveals', 'selection', 'assignments'] as const) if (!isArr(d[k])) p.push(`缺少 ${k} 列表`);
  return p;
}

const villageLabel = (frame: readonly FrameEntry[], villageId: string) => {
  const f = frame.find((x) => x.villageId === villageId);
  return f ? `${f.name}（${f.villageCode}）` : villageId;
};

/**
 * Re-runs a published draw from its JSON alone and lists every disagreement in plain Chinese: a
 * reveal that does not match its commitment, an inspector who never committed or revealed, the
 * seed, the number drawn per county, the selection and the teams sent.
 */
export function verifyDraw(json: unknown): Verdict {
  const d = (json ?? {}) as Partial<PublishedDraw>;
  const shape = shapeProblems(d);
  if (shape.length) return { ok: false, problems: shape, recomputed: null };
  const draw = d as PublishedDraw;
  const problems: string[] = [];
  if (draw.status !== 'drawn') problems.push('这次摇号还没有开奖，只能核对已公示的部分');
  if (draw.rate < MIN_RATE - 1e-9) problems.push(`抽取比例${Math.round(draw.rate * 100)}%低于10%`);
  const members = [...new Set(draw.teams.flatMap((t) => t.memberIds))];
  const commitments = new Map(draw.commitments.map((c) => [c.personId, c]));
  const reveals = new Map(draw.reveals.map((r) => [r.personId, r]));
  for (const m of members) if (!commitments.has(m)) problems.push(`督查组成员 ${m} 没有提交承诺`);
  for (const c of draw.commitments) {
    if (!members.includes(c.personId)) problems.push(`${c.name} 不是参加本次摇号的督查组成员`);
    const r = reveals.get(c.personId);
    if (!r || typeof r.value !== 'string') {
      if (draw.status === 'drawn') problems.push(`${c.name} 没有揭示`);
    } else if (commitmentOf(r.value) !== c.hash) problems.push(`${c.name} 揭示的数字与承诺不符`);
  }
  for (const r of draw.reveals) if (!commitments.has(r.personId)) problems.push(`${r.personId} 没有承诺却有揭示`);
  if (draw.status !== 'drawn') return { ok: false, problems, recomputed: null };

  const again = runDraw({ ...draw, reveals: draw.reveals, publicValue: draw.publicValue ?? null });
  if (again.seed !== draw.seed) problems.push(`种子不一致：公布的是 ${draw.seed}，重算得 ${again.seed}`);
  const quotaText = (qs: readonly Quota[]) => qs.map((q) => `${q.countyId}:${q.k}/${q.n}`).join('，');
  if (quotaText(again.quotas) !== quotaText(draw.quotas ?? [])) {
    problems.push(`各县抽取数不一致：公布的是 ${quotaText(draw.quotas ?? [])}，按比例应为 ${quotaText(again.quotas)}`);
  }
  const selText = (s: readonly Selected[]) => s.map((x) => `${x.villageId}:${x.ticket}`).join(',');
  if (selText(again.selection) !== selText(draw.selection)) {
    const want = new Set(again.selection.map((s) => s.villageId));
    const got = new Set(draw.selection.map((s) => s.villageId));
    const extra = [...got].filter((v) => !want.has(v)).map((v) => villageLabel(draw.frame, v));
    const missing = [...want].filter((v) => !got.has(v)).map((v) => villageLabel(draw.frame, v));
    problems.push(
      extra.length || missing.length
        ? `抽中的村不一致：${extra.length ? `多出 ${extra.join('、')}` : ''}${extra.length && missing.length ? '；' : ''}${missing.length ? `应抽中却没有 ${missing.join('、')}` : ''}`
        : '抽中的村相同，但签号或顺序与重算不一致',
    );
  }
  const asgText = (a: readonly Assignment[]) => a.map((x) => `${x.villageId}>${x.teamId}`).join(',');
  if (asgText(again.assignments) !== asgText(draw.assignments)) problems.push('督查组分派与按种子重算的结果不一致');
  const teams = new Map(draw.teams.map((t) => [t.teamId, t]));
  for (const a of draw.assignments) {
    const t = a.teamId ? teams.get(a.teamId) : undefined;
    const f = draw.frame.find((x) => x.villageId === a.villageId);
    if (t && f && !teamMayGo(draw.scopeLevel, t, f.countyId)) problems.push(`${t.name} 被派去了本县的 ${f.name}（交叉检查不应如此）`);
  }
  return { ok: problems.length === 0, problems, recomputed: again };
}
