import { dayList } from '../../../src/core';
import type { VillageReport } from '../reports/village-report';
import { monthLabel } from '../../../src/core';
import { addTableSheet, closedNote, newWorkbook, safeName, workbookBase64, type Column } from './sheet';

type Cadre = VillageReport['cadres'][number];

/** 达标 / 不达标 / 进行中 (the month is not over and nothing failed yet). */
export function resultLabel(pass: boolean, closed: boolean): string {
  if (!pass) return '不达标';
  return closed ? '达标' : '进行中';
}

/** Failed rules' reasons; otherwise the presence projection for those the ratio applies to. */
function reasons(c: Cadre): string {
  const failed = c.rules.filter((r) => r.status === 'fail').map((r) => r.reason);
  if (failed.length) return failed.join('；');
  return c.requiredDays === null ? '' : c.projection;
}

const COLUMNS: Column<Cadre>[] = [
  { header: '序号', width: 6, value: (_c, i) => i + 1 },
  { header: '姓名', width: 10, value: (c) => c.name },
  { header: '职务', width: 14, value: (c) => c.roleLabel },
  { header: '派出单位', width: 16, value: (c) => c.unitName ?? '' },
  { header: '本月工作日（天）', width: 10, value: (c) => c.workingDays },
  { header: '应驻村（天）', width: 9, value: (c) => c.requiredDays ?? '不考核' },
  { header: '驻村天数（天）', width: 9, value: (c) => c.presentDays },
  { header: '其中外勤（天）', width: 9, value: (c) => c.fieldDays },
  { header: '公假（天）', width: 8, value: (c) => c.officialDays },
  { header: '请假（天）', width: 8, value: (c) => c.leaveDays },
  { header: '无故缺勤（天）', width: 9, value: (c) => c.absences },
  { header: '日志按时（篇）', width: 9, value: (c) => c.diaryOnTime },
  { header: '日志补写（篇）', width: 9, value: (c) => c.diaryLate },
  { header: '日志缺失（篇）', width: 9, value: (c) => c.diaryMissing },
  { header: '结果', width: 8, value: () => '' },
  { header: '原因', width: 40, value: reasons, wrap: true },
  { header: '乡镇审核意见', width: 14, value: () => '' },
  { header: '县级审核意见', width: 14, value: () => '' },
];

/**
 * 月纪实表 of one village: one row per cadre with the month's figures and result, the team's
 * coverage gaps, and the sign-off lines of the village, township and county.
 */
export async function villageMonthWorkbook(r: VillageReport): Promise<{ fileName: string; base64: string }> {
  const wb = newWorkbook();
  const columns = COLUMNS.map((c) => (c.header === '结果' ? { ...c, value: (x: Cadre) => resultLabel(x.pass, r.closed) } : c));
  const gaps = r.coverage.gapDays;
  addTableSheet(wb, {
    name: '月纪实表',
    title: `${r.village.townshipName}${r.village.name}驻村工作队和第一书记月纪实表（${monthLabel(r.month)}）`,
    info: [
      `乡镇：${r.village.townshipName}\u3000\u3000村：${r.village.name}\u3000\u3000本月工作日：${r.workingDays}天\u3000\u3000工作队无人在村：${gaps.length}天\u3000\u3000${closedNote(r.closed, r.asOf, r.frozenAt)}`,
    ],
    columns,
    rows: r.cadres,
    footer: [
      `工作队每日在村：${gaps.length ? `无人在村${gaps.length}天（${dayList(gaps, 31)}）` : r.coverage.reason}`,
      r.reasons.length ? `问题：${r.reasons.join('；')}` : '问题：无',
      '说明：驻村天数按县里的规则计入外勤和公假；日志补写指超过当天期限才写；数据由驻村系统按打卡、日志和请假记录自动统计，无需手工填报。',
      '村党组织负责人（签字）：\u3000\u3000\u3000\u3000\u3000\u3000\u3000第一书记（签字）：\u3000\u3000\u3000\u3000\u3000\u3000\u3000日期：',
      '乡镇（街道）党（工）委审核意见：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000签字（盖章）：\u3000\u3000\u3000\u3000\u3000\u3000\u3000日期：',
      '县委组织部审核意见：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000签字（盖章）：\u3000\u3000\u3000\u3000\u3000\u3000\u3000日期：',
    ],
  });
  return {
    fileName: safeName(`${r.village.name}_${r.month}_月纪实表.xlsx`),
    base64: await workbookBase64(wb),
  };
}
