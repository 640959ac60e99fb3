import { CloudbaseDriver } from '../../cloudfunctions/common/store/cloudbase';
import type { VillageDoc } from '../../cloudfunctions/common/model';
import { recordAnswer } from '../../cloudfunctions/common/survey/answers';
import type { CampaignDoc } from '../../cloudfunctions/common/survey/model';
import { surveyTemplate } from '../../src/core/survey/templates';
import { FakeDb } from '../store/fake-cloudbase';

const campaign: CampaignDoc = {
  _id: 'svc_x',
  countyId: 'cty_1',
  title: '满意度调查',
  templateId: 'satisfaction',
  questions: surveyTemplate('satisfaction')!.questions,
  villageIds: ['vil_1'],
  from: '2026-11-01',
  to: '2026-11-30',
  targetPerVillage: 30,
  onePerHousehold: true,
  status: 'open',
  organiser: '城关镇党委',
  createdBy: 'p',
  createdByName: '李敏',
  createdAt: '2026-11-01T00:00:00Z',
  closedAt: null,
  closedBy: null,
  salt: 'salt',
};
const village: VillageDoc = { _id: 'vil_1', countyId: 'cty_1', townshipId: 'twn_1', code: 'V1', name: '红旗村', fence: [] };

describe('an answer on CloudBase', () => {
  it('is stored in one transaction of single-document operations only (no query, no count)', async () => {
    const db = new FakeDb();
    await recordAnswer(new CloudbaseDriver(db), {
      campaign,
      village,
      openid: 'o-1',
      answers: { s1: 0, s2: 5 },
      household: { head: '王大明', group: '5组' },
      now: new Date('2026-11-20T03:00:00Z'),
      maxPerVillagePerHour: 60,
    });
    expect(db.transactions).toBe(1);
    expect(db.calls.length).toBeGreaterThanOrEqual(6);
    for (const c of db.calls) {
      expect(c.via).toBe('tx');
      expect(['doc', 'add']).toContain(c.chain[0][0]);
    }
    expect(JSON.stringify(db.calls)).not.toContain('o-1');
    expect(JSON.stringify(db.calls)).not.toContain('王大明');
  });
});
