import { askForReminders, templatesToAsk } from '../../src/services/subscribe';

describe('one-time subscribe grants', () => {
  it('asks only for configured templates running low, at most 3', () => {
    const templates = [
      { key: 'reminder' as const, templateId: 'T-r' },
      { key: 'alert' as const, templateId: 'T-a' },
      { key: 'notice' as const, templateId: 'T-n' },
    ];
    expect(templatesToAsk(null)).toEqual([]);
    expect(templatesToAsk({ templates, remaining: { reminder: 0, alert: 5, notice: 2 } }).map((t) => t.key)).toEqual(['reminder', 'notice']);
    expect(templatesToAsk({ templates: [], remaining: {} })).toEqual([]);
  });

  it('is a no-op on H5 (no WeChat)', () => {
    expect(() => askForReminders()).not.toThrow();
  });
});
