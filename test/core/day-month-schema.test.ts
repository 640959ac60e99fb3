import fc from 'fast-check';
import { z } from 'zod';
import { Day, Month, YEAR_MAX, YEAR_MIN } from '../../types';

/** What `1e309` in a request becomes once parsed: Infinity, a number in JS but not a usable one. */
const HUGE = Number('1e309');

const messages = (schema: z.ZodTypeAny, v: unknown) => schema.safeParse(v).error?.issues.map((i) => i.message) ?? [];

describe('Day', () => {
  it.each(['2026-11-30', '2026-12-31', '2028-02-29', '2000-02-29', '2024-02-29', '2000-01-01', '2100-12-31'])('takes %s', (d) => {
    expect(Day.safeParse(d).success).toBe(true);
  });

  it.each([
    ['2026-11-31', '日期不存在'],
    ['2027-02-29', '日期不存在'],
    ['2027-02-31', '日期不存在'],
    ['2100-02-29', '日期不存在'],
    ['2026-04-31', '日期不存在'],
    ['2026-13-01', '日期不存在'],
    ['2026-00-10', '日期不存在'],
    ['2026-01-00', '日期不存在'],
    ['0000-01-01', '年份应在2000到2100之间'],
    ['1999-12-31', '年份应在2000到2100之间'],
    ['2101-01-01', '年份应在2000到2100之间'],
    ['2026/11/23', '日期应写成2026-05-01这样'],
    ['2026-1-5', '日期应写成2026-05-01这样'],
    [' 2026-11-20', '日期应写成2026-05-01这样'],
    ['', '日期应写成2026-05-01这样'],
    [20261120, '日期应写成2026-05-01这样'],
    [null, '日期应写成2026-05-01这样'],
    [undefined, '请填写日期'],
  ])('refuses %j: %s', (v, message) => {
    expect(messages(Day, v)).toEqual([message]);
  });

  it('agrees with the calendar for every day of the allowed years', () => {
    fc.assert(
      fc.property(fc.integer({ min: YEAR_MIN - 5, max: YEAR_MAX + 5 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = new Date(Date.UTC(y, m - 1, d));
        const exists = m >= 1 && m <= 12 && d >= 1 && real.getUTCMonth() === m - 1 && real.getUTCDate() === d;
        expect(Day.safeParse(s).success).toBe(exists && y >= YEAR_MIN && y <= YEAR_MAX);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Month', () => {
  it.each(['2026-01', '2026-12', '2000-01', '2100-12'])('takes %s', (m) => {
    expect(Month.safeParse(m).success).toBe(true);
  });

  it.each([
    ['2026-13', '月份不对'],
    ['2026-00', '月份不对'],
    ['0000-01', '年份应在2000到2100之间'],
    ['2101-01', '年份应在2000到2100之间'],
    ['2026-1', '月份应写成2026-05这样'],
    ['2026-11-01', '月份应写成2026-05这样'],
    [202611, '月份应写成2026-05这样'],
    [undefined, '请填写月份'],
  ])('refuses %j: %s', (v, message) => {
    expect(messages(Month, v)).toEqual([message]);
  });
});

describe('zod messages', () => {
  const S = z
    .object({
      text: z.string().max(2000),
      name: z.string().min(2),
      count: z.number().int().min(1).max(30),
      rate: z.number().positive(),
      flag: z.boolean(),
      list: z.array(z.string()).min(1).max(3),
      kind: z.enum(['a', 'b']),
      one: z.literal('x'),
      nested: z.object({ deep: z.null() }),
    })
    .strict();
  const good = { text: '好', name: '张三', count: 3, rate: 1, flag: true, list: ['甲'], kind: 'a', one: 'x', nested: { deep: null } };
  const msg = (patch: Record<string, unknown>) => messages(S, { ...good, ...patch });

  it.each([
    [{ text: undefined }, '请填写此项'],
    [{ text: 5 }, '应为文字'],
    [{ text: null }, '不能为空，应为文字'],
    [{ text: '长'.repeat(2001) }, '最多2000字'],
    [{ name: '张' }, '至少2个字'],
    [{ count: HUGE }, '应为数字，不能是无穷大'],
    [{ count: -Infinity }, '应为数字，不能是无穷大'],
    [{ count: NaN }, '应为数字，不能是非数字'],
    [{ count: '3' }, '应为数字'],
    [{ count: 1.5 }, '应为整数'],
    [{ count: 31 }, '不能大于30'],
    [{ count: 0 }, '不能小于1'],
    [{ rate: 0 }, '应大于0'],
    [{ flag: 'yes' }, '应为是或否'],
    [{ list: 'x' }, '应为列表'],
    [{ list: [] }, '至少选一项'],
    [{ list: ['a', 'b', 'c', 'd'] }, '最多3项'],
    [{ kind: 'c' }, '不在可选的范围内'],
    [{ one: 'y' }, '取值不对'],
    [{ nested: [] }, '应为一组内容'],
    [{ nested: { deep: 1 } }, '应为空值'],
    [{ extra: 1 }, '多了不认识的字段'],
  ])('%j reads %s', (patch, message) => {
    expect(msg(patch)).toEqual([message]);
  });

  it('says a huge integer is too big without the unsafe bound', () => {
    expect(msg({ count: 2 ** 60 })).toEqual(['数字太大', '不能大于30']);
    expect(msg({ count: -(2 ** 60) })).toEqual(['数字太小', '不能小于1']);
  });

  it('never shows an English word, whatever is sent', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(good), 'zz'), fc.anything({ maxDepth: 2, withNullPrototype: false })), (patch) => {
        for (const m of msg(patch)) expect(m).not.toMatch(/[A-Za-z]{2,}/);
      }),
      { numRuns: 500 },
    );
  });
});
