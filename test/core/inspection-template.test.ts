import { BUILTIN_ITEMS, itemNumber, templateItemsProblem } from '../../src/core/inspection/template';

describe('the built-in inspection template (seed 002, 附件2)', () => {
  it('has 8 work-team and 8 first-secretary items, numbered as printed, each a question ending in 。', () => {
    const team = BUILTIN_ITEMS.filter((i) => i.group === 'team');
    const secretary = BUILTIN_ITEMS.filter((i) => i.group === 'secretary');
    expect(team.map((i) => i.key)).toEqual(['team-1', 'team-2', 'team-3', 'team-4', 'team-5', 'team-6', 'team-7', 'team-8']);
    expect(secretary.map((i) => i.key)).toEqual(['secretary-1', 'secretary-2', 'secretary-3', 'secretary-4', 'secretary-5', 'secretary-6', 'secretary-7', 'secretary-8']);
    for (const i of BUILTIN_ITEMS) expect(i.text).toMatch(/。$/);
    expect(itemNumber(BUILTIN_ITEMS, 'secretary-3')).toBe(3);
    expect(templateItemsProblem(BUILTIN_ITEMS)).toBeNull();
  });

  it('backs exactly two items with system facts: team-2 by daily coverage, secretary-1 by presence days', () => {
    expect(BUILTIN_ITEMS.filter((i) => i.evidence).map((i) => [i.key, i.evidence])).toEqual([
      ['team-2', 'coverage'],
      ['secretary-1', 'presence'],
    ]);
    expect(BUILTIN_ITEMS.find((i) => i.key === 'secretary-1')?.text).toBe('是否脱产驻村，每月驻村工作日不少于2/3。');
    expect(Object.keys(BUILTIN_ITEMS.find((i) => i.key === 'team-1')!)).toEqual(['key', 'group', 'text']);
  });
});
