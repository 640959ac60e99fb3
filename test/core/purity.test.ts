import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as core from '../../src/core/index';

const ROOT = join(__dirname, '../../src/core');
const ALLOWED = new Set(['zod', 'chinese-days/dist/chinese-days.json']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('domain core stays framework-free', () => {
  it.each(files(ROOT).map((f) => [relative(ROOT, f), f]))('%s imports only relative modules, zod and the calendar data', (_n, f) => {
    const src = readFileSync(f, 'utf8');
    const specs = [...src.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]);
    for (const s of specs) {
      expect(s.startsWith('.') || ALLOWED.has(s)).toBe(true);
    }
    expect(src.split('\n').length).toBeLessThan(300);
  });

  it('the index exposes the named rules', () => {
    for (const name of [
      'shanghaiDay',
      'monthCalendar',
      'isWorkingDay',
      'requiredPresenceDays',
      'personMonthCompliance',
      'teamCoverage',
      'villageMonthCompliance',
      'unexcusedAbsences',
      'diaryCompliance',
      'presenceProjection',
      'gradeCadre',
      'nearestFence',
      'parseRuleConfig',
    ]) {
      expect(typeof (core as Record<string, unknown>)[name]).toBe('function');
    }
  });
});
