import fc from 'fast-check';
import { detectBatch, type BatchEntry } from '../../src/core/diary/batch';
import { findNearDuplicates, type TextEntry } from '../../src/core/diary/duplicate';
import { explainBatch, explainDuplicate, similarityPercent } from '../../src/core/diary/explain';

/** An entry for `day`, created at Shanghai time `hhmm` on `createdDay`. */
const e = (day: string, createdDay: string, hhmm: string): BatchEntry => ({
  id: `p1:${day}`,
  day,
  createdAt: new Date(`${createdDay}T${hhmm}:00+08:00`).toISOString(),
});

describe('detectBatch (batched / back-filled writing)', () => {
  it('finds three days written within half an hour (the defaults: 3 entries, 30 minutes)', () => {
    const entries = [e('2026-11-16', '2026-11-19', '21:00'), e('2026-11-17', '2026-11-19', '21:10'), e('2026-11-18', '2026-11-19', '21:25')];
    const f = detectBatch(entries, 'p1:2026-11-18', 3, 30)!;
    expect(f.days).toEqual(['2026-11-16', '2026-11-17', '2026-11-18']);
    expect(f.spanMinutes).toBe(25);
    expect(f.from).toBe('2026-11-19T13:00:00.000Z');
    expect(explainBatch(f)).toBe('25分钟内集中填写了3天的工作日志（11月16日、11月17日、11月18日），疑似事后集中补写，请核实这几天是否在岗、是否当天记录。');
  });

  it('does not flag diaries written each evening on their own day', () => {
    const entries = [e('2026-11-16', '2026-11-16', '20:30'), e('2026-11-17', '2026-11-17', '20:35'), e('2026-11-18', '2026-11-18', '20:31')];
    expect(detectBatch(entries, 'p1:2026-11-18', 3, 30)).toBeNull();
  });

  it('does not flag two days in one sitting when three are required', () => {
    const entries = [e('2026-11-17', '2026-11-18', '20:00'), e('2026-11-18', '2026-11-18', '20:05')];
    expect(detectBatch(entries, 'p1:2026-11-18', 3, 30)).toBeNull();
    expect(detectBatch(entries, 'p1:2026-11-18', 2, 30)?.days).toEqual(['2026-11-17', '2026-11-18']);
  });

  it('treats the window as inclusive: exactly 30 minutes apart is one sitting, 31 is not', () => {
    const at30 = [e('2026-11-10', '2026-11-19', '21:00'), e('2026-11-11', '2026-11-19', '21:15'), e('2026-11-12', '2026-11-19', '21:30')];
    expect(detectBatch(at30, 'p1:2026-11-12', 3, 30)?.spanMinutes).toBe(30);
    const at31 = [e('2026-11-10', '2026-11-19', '21:00'), e('2026-11-11', '2026-11-19', '21:15'), e('2026-11-12', '2026-11-19', '21:31')];
    expect(detectBatch(at31, 'p1:2026-11-12', 3, 30)).toBeNull();
  });

  it('reports the largest sitting that contains the entry just saved', () => {
    const entries = [
      e('2026-11-02', '2026-11-05', '08:00'), // an earlier, separate sitting
      e('2026-11-03', '2026-11-05', '08:05'),
      e('2026-11-04', '2026-11-05', '08:10'),
      e('2026-11-12', '2026-11-19', '21:00'),
      e('2026-11-13', '2026-11-19', '21:20'),
      e('2026-11-14', '2026-11-19', '21:29'),
      e('2026-11-15', '2026-11-19', '21:40'),
    ];
    const f = detectBatch(entries, 'p1:2026-11-14', 3, 30)!;
    // Windows holding 11-14: [21:00, 21:30] has 3 days; [21:20, 21:50] has 3; the first one wins.
    expect(f.days).toEqual(['2026-11-12', '2026-11-13', '2026-11-14']);
    const last = detectBatch(entries, 'p1:2026-11-15', 3, 30)!;
    expect(last.days).toEqual(['2026-11-13', '2026-11-14', '2026-11-15']);
    expect(detectBatch(entries, 'p1:2026-11-04', 3, 30)?.days).toEqual(['2026-11-02', '2026-11-03', '2026-11-04']);
  });

  it('spans a month end (October back-filled on 2 November) and midnight', () => {
    const entries = [e('2026-10-30', '2026-11-01', '23:50'), e('2026-10-31', '2026-11-02', '00:05'), e('2026-11-01', '2026-11-02', '00:10')];
    expect(detectBatch(entries, 'p1:2026-11-01', 3, 30)?.days).toEqual(['2026-10-30', '2026-10-31', '2026-11-01']);
  });

  it('ignores an unknown focus and unreadable times', () => {
    const entries = [e('2026-11-16', '2026-11-19', '21:00'), { id: 'p1:2026-11-17', day: '2026-11-17', createdAt: 'garbage' }, e('2026-11-18', '2026-11-19', '21:05')];
    expect(detectBatch(entries, 'nope', 2, 30)).toBeNull();
    expect(detectBatch(entries, 'p1:2026-11-18', 3, 30)).toBeNull();
  });

  it('only ever reports a sitting that holds the focus, within the window, with distinct days (property)', () => {
    const entryArb = fc.record({ day: fc.integer({ min: 1, max: 28 }), minute: fc.integer({ min: 0, max: 600 }) });
    fc.assert(
      fc.property(fc.uniqueArray(entryArb, { minLength: 1, maxLength: 12, selector: (x) => x.day }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 120 }), (raw, min, win) => {
        const entries = raw.map((r) => ({
          id: `p:${r.day}`,
          day: `2026-11-${String(r.day).padStart(2, '0')}`,
          createdAt: new Date(Date.UTC(2026, 10, 29, 0, r.minute)).toISOString(),
        }));
        const focus = entries[entries.length - 1];
        const f = detectBatch(entries, focus.id, min, win);
        if (!f) return;
        expect(f.entries.map((x) => x.id)).toContain(focus.id);
        expect(new Set(f.days).size).toBe(f.days.length);
        expect(f.days.length).toBeGreaterThanOrEqual(min);
        expect(Date.parse(f.to) - Date.parse(f.from)).toBeLessThanOrEqual(win * 60_000);
      }),
    );
  });
});

describe('findNearDuplicates', () => {
  const text1 = '上午到三组走访脱贫户王建国家，了解油茶林挂果情况，帮他联系合作社收购，下午整理走访台账。';
  const copied = '上午到五组走访脱贫户李秀英家，了解油茶林挂果情况，帮他联系合作社收购，下午整理走访台账。';
  const honest = '组织村两委召开党员大会，传达县委组织部会议精神，讨论冬季防火和道路硬化筹资的具体安排。';
  const t = (id: string, personId: string, day: string, text: string): TextEntry => ({ id, personId, day, text });

  it('finds the same person copying an old entry on another day', () => {
    const focus = t('p1:2026-11-20', 'p1', '2026-11-20', copied);
    const m = findNearDuplicates(focus, [t('p1:2026-11-12', 'p1', '2026-11-12', text1), t('p1:2026-11-13', 'p1', '2026-11-13', honest)], 0.6);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ samePerson: true, other: { id: 'p1:2026-11-12' } });
    expect(explainDuplicate(focus, m[0], { focus: '王芳', other: '王芳' })).toMatch(/^王芳11月20日的工作日志与本人11月12日的日志内容相似度\d+%，疑似照抄旧日志/);
  });

  it('finds another person with the same text, even on the same day', () => {
    const focus = t('p2:2026-11-20', 'p2', '2026-11-20', text1);
    const m = findNearDuplicates(focus, [t('p1:2026-11-20', 'p1', '2026-11-20', text1)], 0.8);
    expect(m).toEqual([{ other: expect.objectContaining({ id: 'p1:2026-11-20' }), similarity: 1, samePerson: false }]);
    expect(explainDuplicate(focus, m[0], { focus: '李四', other: '张三' })).toBe('李四11月20日的工作日志与张三11月20日的日志内容相似度100%，疑似相互抄写，请核实。');
  });

  it('skips the entry itself, honest entries, and texts too short to judge', () => {
    const focus = t('p1:2026-11-20', 'p1', '2026-11-20', text1);
    const others = [focus, t('p2:2026-11-20', 'p2', '2026-11-20', honest), t('p3:2026-11-19', 'p3', '2026-11-19', '走访两户')];
    expect(findNearDuplicates(focus, others, 0.5)).toEqual([]);
  });

  it('sorts by similarity, most similar first, and honours the threshold', () => {
    const focus = t('p1:2026-11-20', 'p1', '2026-11-20', text1);
    const others = [t('p2:2026-11-18', 'p2', '2026-11-18', copied), t('p3:2026-11-19', 'p3', '2026-11-19', text1)];
    const all = findNearDuplicates(focus, others, 0.5);
    expect(all.map((m) => m.other.id)).toEqual(['p3:2026-11-19', 'p2:2026-11-18']);
    expect(findNearDuplicates(focus, others, 1)).toHaveLength(1);
  });

  it('rounds the percentage down so a sub-threshold score never reads as the threshold', () => {
    expect(similarityPercent(0.7999)).toBe('79%');
    expect(similarityPercent(1)).toBe('100%');
    expect(similarityPercent(0.8)).toBe('80%');
  });
});
