import fc from 'fast-check';
import {
  chineseNumber,
  headlineRate,
  householdKey,
  nextQuestionIndex,
  pruneSurveyAnswers,
  rateVerdict,
  RATE_VERDICT_WORDS,
  surveyAnswerProblems,
  surveyPath,
  surveyQuestionProblems,
  surveyRate,
  SURVEY_TEMPLATES,
  surveyTemplate,
  tallyQuestion,
  wilsonInterval,
  type SurveyAnswers,
  type SurveyQuestion,
} from '../../src/core/survey/index';

describe('Wilson interval (95%)', () => {
  it.each([
    [5, 10, 0.2366, 0.7634],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [50, 100, 0.4038, 0.5962],
    [1, 1, 0.2065, 1],
    [81, 263, 0.2553, 0.3662],
  ])('%i of %i → [%f, %f]', (x, n, low, high) => {
    const w = wilsonInterval(x, n);
    expect(w.p).toBeCloseTo(x / n, 10);
    expect(w.low).toBeCloseTo(low, 4);
    expect(w.high).toBeCloseTo(high, 4);
  });

  it('no answers: the whole range; bad samples throw', () => {
    expect(wilsonInterval(0, 0)).toEqual({ p: 0, low: 0, high: 1 });
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 2)).toThrow(RangeError);
  });

  it('property: within [0,1], contains p, narrows as n grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const x = Math.round(share * n);
        const w = wilsonInterval(x, n);
        const w4 = wilsonInterval(x * 4, n * 4);
        return w.low >= 0 && w.high <= 1 && w.low <= w.p + 1e-12 && w.p <= w.high + 1e-12 && w4.high - w4.low < w.high - w.low;
      }),
    );
  });
});

const q = (id: string, p: Partial<SurveyQuestion> = {}): SurveyQuestion => ({
  id,
  kind: 'single',
  title: `问题${id}`,
  options: ['是', '否', '不清楚'],
  required: true,
  measure: null,
  positive: [],
  skip: [],
  ...p,
});

describe('skip logic', () => {
  const qs = [q('a', { skip: [{ when: 1, to: 'c' }, { when: 2, to: 'end' }] }), q('b'), q('c', { kind: 'rating', options: [], skip: [{ when: 1, to: 'e' }] }), q('d', { kind: 'text', options: [], required: false }), q('e')];

  it('jumps forward on a matching answer, else goes on', () => {
    expect(nextQuestionIndex(qs, 0, { a: 0 })).toBe(1);
    expect(nextQuestionIndex(qs, 0, { a: 1 })).toBe(2);
    expect(nextQuestionIndex(qs, 0, { a: 2 })).toBe(5);
    expect(nextQuestionIndex(qs, 2, { c: 1 })).toBe(4);
    expect(nextQuestionIndex(qs, 2, { c: 5 })).toBe(3);
    expect(nextQuestionIndex(qs, 4, { e: 0 })).toBe(5);
    expect(surveyPath(qs, { a: 1, c: 1 })).toEqual([0, 2, 4]);
    expect(surveyPath(qs, { a: 2 })).toEqual([0]);
  });

  it('prunes answers a changed answer skipped', () => {
    expect(pruneSurveyAnswers(qs, { a: 1, b: 0, c: 3, d: '好', e: 1 })).toEqual({ a: 1, c: 3, d: '好', e: 1 });
  });

  it('checks a submission: on-path, required, values', () => {
    expect(surveyAnswerProblems(qs, { a: 1, c: 1, e: 0 })).toEqual([]);
    expect(surveyAnswerProblems(qs, { a: 1, b: 0, c: 1, e: 0 })).toEqual(['第2题按跳题规则不用回答']);
    expect(surveyAnswerProblems(qs, { a: 0, b: 0, c: 2 })).toEqual(['第5题还没有回答']);
    expect(surveyAnswerProblems(qs, { a: 0, b: 7, c: 6, d: 'x'.repeat(201), e: 0 })).toEqual(['第2题：选项不存在', '第3题：评分应为1到5', '第4题：最多200个字']);
    expect(surveyAnswerProblems(qs, { a: 2, zz: 1 })).toEqual(['没有这道题：zz']);
    expect(surveyAnswerProblems([q('m', { kind: 'multi' })], { m: [0, 0] })).toEqual(['第1题：选项不存在']);
    expect(surveyAnswerProblems([q('m', { kind: 'multi' })], { m: [0, 2] })).toEqual([]);
  });

  it('checks a questionnaire', () => {
    expect(surveyQuestionProblems([])).toEqual(['请至少添加一道题']);
    expect(surveyQuestionProblems(qs)).toEqual([]);
    expect(surveyQuestionProblems([q('a', { skip: [{ when: 0, to: 'a' }] })])).toEqual(['第1题只能跳到后面的题或结束']);
    expect(surveyQuestionProblems([q('a', { options: ['是'] })])).toEqual(['第1题需要2到8个选项']);
    expect(surveyQuestionProblems([q('a', { kind: 'text', options: [], measure: 'awareness', positive: [0] })])).toEqual(['第1题只有单选题或评分题能计入知晓率、满意率']);
    expect(surveyQuestionProblems([q('a', { measure: 'satisfaction', positive: [] })])).toEqual(['第1题请选出算作“知道”或“满意”的答案']);
    expect(surveyQuestionProblems([q('a', { kind: 'multi', skip: [{ when: 0, to: 'end' }] })])).toEqual(['第1题只有单选题或评分题能设置跳题']);
    expect(surveyQuestionProblems([q('a'), q('a')])).toEqual(['第2题编号重复']);
  });

  it('every template is a valid questionnaire with an awareness or satisfaction headline', () => {
    for (const t of SURVEY_TEMPLATES) {
      expect(surveyQuestionProblems(t.questions)).toEqual([]);
      expect(t.questions.some((x) => x.measure)).toBe(true);
    }
    expect(surveyTemplate('nope')).toBeUndefined();
  });
});

describe('rates', () => {
  const aware = q('a', { measure: 'awareness', positive: [0] });
  const rating = q('r', { kind: 'rating', options: [], measure: 'satisfaction', positive: [4, 5] });

  it('tallies counts per option and positives; skipped questions do not count', () => {
    const subs: SurveyAnswers[] = [{ a: 0, r: 5 }, { a: 0, r: 3 }, { a: 1 }, { a: 2, r: 4 }];
    expect(tallyQuestion(aware, subs)).toEqual({ questionId: 'a', n: 4, counts: [2, 1, 1], positive: 2 });
    expect(tallyQuestion(rating, subs)).toEqual({ questionId: 'r', n: 3, counts: [0, 0, 1, 1, 1], positive: 2 });
    expect(tallyQuestion(q('t', { kind: 'text', options: [] }), [{ t: ' ' }, { t: '好' }])).toMatchObject({ n: 1, counts: [], positive: null });
  });

  it('headline rate is the first question of the measure, with too-few under the minimum', () => {
    const tallies = [tallyQuestion(aware, [{ a: 0 }, { a: 1 }]), tallyQuestion(rating, [])];
    expect(headlineRate([aware, rating], tallies, 'awareness', 30)).toMatchObject({ questionId: 'a', positive: 1, n: 2, rate: 0.5, tooFew: true });
    expect(headlineRate([aware], [tallies[0]], 'satisfaction', 30)).toBeNull();
  });

  it('verdict against a minimum uses the whole interval', () => {
    expect(rateVerdict(surveyRate('a', 90, 100, 30), 0.6)).toBe('met');
    expect(rateVerdict(surveyRate('a', 40, 100, 30), 0.6)).toBe('missed');
    expect(rateVerdict(surveyRate('a', 62, 100, 30), 0.6)).toBe('above-unsure');
    // 46% against a 60% target, with too few answers to settle it, is still said to be below.
    expect(rateVerdict(surveyRate('a', 6, 13, 5), 0.6)).toBe('below-unsure');
    expect(RATE_VERDICT_WORDS['below-unsure'].word).toBe('低于目标，答卷还不够定论');
    expect(rateVerdict(surveyRate('a', 9, 10, 30), 0.6)).toBe('too-few');
  });
});

describe('household normalisation', () => {
  it('reads Chinese numerals', () => {
    expect(chineseNumber('三')).toBe(3);
    expect(chineseNumber('十')).toBe(10);
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('二十')).toBe(20);
    expect(chineseNumber('二十三')).toBe(23);
    expect(chineseNumber('一百零五')).toBe(105);
    expect(chineseNumber('一〇五')).toBe(105);
    expect(chineseNumber('两')).toBe(2);
    expect(chineseNumber('abc')).toBeNull();
  });

  it('the same household typed differently gives the same key', () => {
    const key = (h: string, g: string) => {
      const r = householdKey(h, g);
      return r.ok ? r.key : r.error;
    };
    const same = ['3组', '第三组', '三组', '3', '３组', ' 第 3 组 ', '三村民小组', '03组', '第3小组', '三队'];
    for (const g of same) expect(key('张 三', g)).toBe('张三|3组');
    expect(key('张三', '18号')).toBe('张三|18号');
    expect(key('张三', '十八号')).toBe('张三|18号');
    expect(key('ＺＨＡＮＧ三', '1')).toBe('zhang三|1组');
    expect(key('张三·李', '1组')).toBe('张三李|1组');
    expect(key('张', '1组')).toBe('请填写户主姓名（2到10个字）');
    expect(key('张三3', '1组')).toBe('请填写户主姓名（2到10个字）');
    expect(key('张三', '村口')).toBe('请填写所在的组或门牌号，例如“3组”或“18号”');
  });
});
