import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack, type LocalStack } from '../../dev/server';

process.env.ZHUCUN_SCHEDULER_EVERY_S = '0';

/** `npm run verify-draw -- <file or URL>` as a person runs it: a separate node, the JSON alone. */
function verify(where: string): Promise<{ code: number; out: string }> {
  // Asynchronous: the stack answering the URL runs in this very process.
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/verify-draw.mjs', where], { encoding: 'utf8', cwd: join(__dirname, '..', '..'), timeout: 60_000 }, (err, stdout, stderr) =>
      done({ code: err ? Number(err.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

describe('the public record of a draw on the local stack', () => {
  let stack: LocalStack;
  const dataDir = mkdtempSync(join(tmpdir(), 'zhucun-draw-'));
  const h5Dir = mkdtempSync(join(tmpdir(), 'zhucun-h5-'));
  beforeAll(async () => {
    writeFileSync(join(h5Dir, 'index.html'), '<!doctype html><title>驻村</title>');
    stack = await startLocalStack({ port: 19787 + (process.pid % 1000), dataDir, h5Dir, seed: true, clock: () => new Date('2026-12-01T00:10:00+08:00') });
  });
  afterAll(() => stack.close());

  jest.setTimeout(90_000);
  it('lists and serves the published draws without login, and verify-draw re-runs one from its URL and its file', async () => {
    const index = await fetch(`${stack.url}/public/draws/index.json`);
    expect(index.status).toBe(200);
    const list = await index.json();
    // Seeded on 1 December just after midnight: last month is November.
    expect(list.draws).toEqual([expect.objectContaining({ id: 'draw_city_439900_2026-11', status: 'drawn', month: '2026-11' })]);
    const url = `${stack.url}/public/draws/${list.draws[0].file}`;
    const json = await (await fetch(url)).json();
    expect(json).toMatchObject({ format: 'zhucun-draw/1', status: 'drawn', scopeName: '青岚市' });
    expect(json.howToCheck.length).toBeGreaterThan(3);

    const byUrl = await verify(url);
    expect(byUrl.out).toContain('一致：公布的结果与按公开数据重算的结果完全相同。');
    expect(byUrl.code).toBe(0);

    // One village swapped in the file: 不一致, with the reason.
    const forged = { ...json, selection: [{ ...json.selection[0], villageId: json.frame.find((f: { villageId: string }) => !json.selection.some((s: { villageId: string }) => s.villageId === f.villageId)).villageId }, ...json.selection.slice(1)] };
    const file = join(dataDir, 'forged.json');
    writeFileSync(file, JSON.stringify(forged));
    const bad = await verify(file);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/不一致：\n\s+- 抽中的村不一致：多出 .+；应抽中却没有 /);

    expect((await fetch(`${stack.url}/public/draws/nothing.json`)).status).toBe(404);
    expect((await fetch(`${stack.url}/public/draws/../zhucun.sqlite`)).status).toBe(404);
  });
});
