import { shanghaiMonth, shortMonthLabel } from '../../../../src/core';
import { reportMonthlySend } from '../../../../types/actions/grades-report';
import { audit } from '../../../common/audit';
import { adminCounty } from '../../../common/county-rules';
import { pushQueued, queueNotice, type MessageDoc } from '../../../common/delivery/messages';
import { fail } from '../../../common/errors';
import { buildMonthlyReport, monthlyReportId, sentView, type MonthlyReportDoc } from '../../../common/monthly-report';
import { countyRules } from '../../../common/month';
import { findAll } from '../../../common/store/driver';
import { handle } from '../../handler';

export const CITY_REPORTS_PAGE = '/packages/ledger/pages/reports/index';

/**
 * The county admin sends the month's report to the city: the report is generated from the records
 * at that moment and kept as sent (audited); the city's admins are told. Sending again answers the first.
 */
export default handle(reportMonthlySend, async (ctx, { month }) => {
  const countyId = adminCounty(ctx);
  if (month >= shanghaiMonth(ctx.now)) return fail('TOO_EARLY_OR_LATE', '这个月还没结束，月底后才能报送。');
  const id = monthlyReportId(countyId, month);
  const existing = await ctx.store.get('monthly_reports', id);
  if (existing) return { sent: sentView(existing) };
  const county = await ctx.store.get('counties', countyId);
  if (!county) return fail('NOT_FOUND');
  const report = await buildMonthlyReport(ctx.store, county, month, ctx.now);
  const cityAdmins = county.cityId ? (await findAll(ctx.store, 'grants', { scopeId: county.cityId })).filter((g) => g.role === 'city_admin').map((g) => g.personId) : [];
  const rules = await countyRules(ctx.store, countyId);
  const doc: MonthlyReportDoc = { _id: id, countyId, month, report, sentAt: ctx.now.toISOString(), sentBy: ctx.person!._id, sentByName: ctx.person!.name };
  let notices: MessageDoc[] = [];
  const written = await ctx.store.transaction(async (tx) => {
    if (await tx.get('monthly_reports', id)) return false;
    await tx.insert('monthly_reports', doc);
    await audit(ctx, tx, { countyId, entity: 'monthly-report', entityId: id, action: 'send', after: { month } });
    const out: MessageDoc[] = [];
    for (const personId of [...new Set(cityAdmins)]) {
      const m = await queueNotice(tx, ctx.now, rules, { personId, countyId, kind: 'monthly-report', key: id, title: `${county.name}报送了${shortMonthLabel(month)}月报`, body: report.lines.join(''), page: CITY_REPORTS_PAGE });
      if (m) out.push(m);
    }
    notices = out;
    return true;
  });
  const final = written ? doc : await ctx.store.get('monthly_reports', id);
  if (!final) return fail('CONFLICT');
  if (notices.length) {
    try {
      await pushQueued(ctx, notices);
    } catch (e) {
      console.error('monthly report notice push failed; the message stays in 消息', e);
    }
  }
  return { sent: sentView(final) };
});
