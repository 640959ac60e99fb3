import { bigrams, dice, MIN_COMPARABLE_CHARS, normaliseText, textSimilarity } from '../../src/core/diary/similarity';
import { changedSections, diaryText, emptySections, hasContent, trimSections } from '../../src/core/diary/sections';

const VISIT = '上午到三组走访脱贫户王建国家，了解到他家的油茶林今年挂果不错，帮他联系了合作社收购。';

describe('normaliseText and bigrams', () => {
  it('drops whitespace and punctuation of both widths, keeps digits and letters', () => {
    expect(normaliseText(' 走访，3户。\n党员 大会! OK ')).toBe('走访3户党员大会ok');
  });
  it('makes overlapping character pairs, once each', () => {
    expect([...bigrams('走访走访')].sort()).toEqual(['访走', '走访']);
    expect(bigrams('走').size).toBe(0);
  });
  it('counts astral characters as one character', () => {
    expect([...bigrams('𠮷野家')]).toEqual(['𠮷野', '野家']);
  });
});

describe('dice', () => {
  it('is 1 for the same set and 0 for disjoint or empty sets', () => {
    expect(dice(new Set(['ab', 'bc']), new Set(['ab', 'bc']))).toBe(1);
    expect(dice(new Set(['ab']), new Set(['cd']))).toBe(0);
    expect(dice(new Set(), new Set(['ab']))).toBe(0);
  });
  it('is 2|A∩B| / (|A|+|B|), symmetric', () => {
    const a = new Set(['1', '2', '3']);
    const b = new Set(['2', '3', '4', '5']);
    expect(dice(a, b)).toBeCloseTo(4 / 7);
    expect(dice(b, a)).toBeCloseTo(4 / 7);
  });
});

describe('textSimilarity', () => {
  it('does not judge texts that are too short', () => {
    expect(textSimilarity('走访了三户', '走访了三户')).toBeNull();
    expect(textSimilarity(VISIT, '开会')).toBeNull();
    expect(Array.from(normaliseText(VISIT)).length).toBeGreaterThanOrEqual(MIN_COMPARABLE_CHARS);
  });
  it('is 1 for the same text, whatever the punctuation and spacing', () => {
    expect(textSimilarity(VISIT, VISIT.replace(/，/g, ' ').replace('。', ''))).toBe(1);
  });
  it('stays high when only a name or a number is changed (copied entry)', () => {
    const copy = VISIT.replace('王建国', '李秀英').replace('三组', '五组');
    expect(textSimilarity(VISIT, copy)!).toBeGreaterThanOrEqual(0.8);
  });
  it('stays low for two honest entries that share common phrases', () => {
    const other = '下午组织村党支部召开党员大会，学习县委文件精神，讨论村里道路硬化的筹资方案。';
    expect(textSimilarity(VISIT, other)!).toBeLessThan(0.3);
  });
});

describe('sections', () => {
  it('trims, detects content and joins in the fixed order', () => {
    const s = trimSections({ party: '  开党员会 ', visits: '走访两户' });
    expect(s).toEqual({ ...emptySections(), party: '开党员会', visits: '走访两户' });
    expect(hasContent(s)).toBe(true);
    expect(hasContent({ other: '   ' })).toBe(false);
    expect(diaryText(s)).toBe('走访两户\n开党员会');
  });
  it('names the sections an amendment changed', () => {
    expect(changedSections({ party: 'a', other: 'b' }, { party: 'a ', other: 'c', service: 'd' })).toEqual(['service', 'other']);
  });
});
