#!/usr/bin/env node
// Re-runs a published lottery (摇号) from its JSON alone and says whether it agrees:
//   npm run verify-draw -- <file or http(s) URL>
// It recomputes every commitment, the seed, the number drawn per county, the selection and the teams
// sent, with the project's own core (src/core/draw, loaded through tsx, installed by `npm ci`).
import { readFile } from 'node:fs/promises';
// The core is TypeScript (CommonJS to node, through tsx): its exports arrive on the module or its default.
const core = await import('../src/core/draw/index.ts');
const { verifyDraw } = core.verifyDraw ? core : core.default;

const where = process.argv[2];
if (!where) {
  console.error('用法：npm run verify-draw -- <摇号JSON文件或链接>');
  process.exit(2);
}

async function load(src) {
  if (/^https?:\/\//i.test(src)) {
    const res = await fetch(src);
    if (!res.ok) throw new Error(`下载失败：HTTP ${res.status}`);
    return res.text();
  }
  return readFile(src, 'utf8');
}

let json;
try {
  json = JSON.parse(await load(where));
} catch (e) {
  console.error(`不一致：无法读取摇号记录（${e instanceof Error ? e.message : String(e)}）`);
  process.exit(1);
}

const names = json.countyNames ?? {};
console.log(`摇号：${json.scopeName ?? json.scopeId ?? ''} ${json.month ?? ''}（${json.id ?? '无编号'}）`);
if (Array.isArray(json.frame)) console.log(`名单：${json.frame.length}个村；督查组成员承诺${json.commitments?.length ?? 0}个，揭示${json.reveals?.length ?? 0}个`);
const verdict = verifyDraw(json);
if (verdict.recomputed) {
  const r = verdict.recomputed;
  console.log(`重算种子：${r.seed}`);
  if (json.publicValue) console.log(`公开数：${json.publicValue.text}（${json.publicValue.source}）`);
  for (const q of r.quotas) console.log(`  ${names[q.countyId] ?? q.countyId}：名单${q.n}个村，抽${q.k}个`);
  const frame = new Map((json.frame ?? []).map((f) => [f.villageId, f]));
  for (const s of r.selection) console.log(`  中签：${frame.get(s.villageId)?.name ?? s.villageId}（${s.villageCode}） 签号 ${s.ticket}`);
}
if (verdict.ok) {
  console.log('一致：公布的结果与按公开数据重算的结果完全相同。');
  process.exit(0);
}
console.log('不一致：');
for (const p of verdict.problems) console.log(`  - ${p}`);
process.exit(1);
