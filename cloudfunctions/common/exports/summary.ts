import type { MonthCompliance, VillageCompliance } from '../../../types/supervision';
import { personTone } from '../reports/tone';
import { monthLabel } from '../../../src/core';
import { addTableSheet, closedNote, newWorkbook, safeName, workbookBase64, type Column } from './sheet';

function firstSecretary(v: VillageCompliance) {
  return v.persons.find((p) => p.role === 'first_secretary') ?? null;
}

function villageResult(v: VillageCompliance, closed: boolean): string {
  if (v.status === 'fail') return '不达标';
  return closed ? '达标' : '进行中';
}

const sum = (v: VillageCompliance, f: (p: VillageCompliance['persons'][number]) => number) => v.persons.reduce((s, p) => s + f(p), 0);

function columns(closed: boolean): Column<VillageCompliance>[] {
  return [
    { header: '序号', width: 6, value: (_v, i) => i + 1 },
    { header: '乡镇', width: 10, value: (v) => v.townshipName },
    { header: '村', width: 10, value: (v) => v.villageName },
    { header: '第一书记', width: 10, value: (v) => firstSecretary(v)?.name ?? '未设' },
    { header: '工作队人数', width: 8, value: (v) => v.persons.length },
    { header: '第一书记驻村（天）', width: 10, value: (v) => firstSecretary(v)?.presentDays ?? '' },
    { header: '应驻村（天）', width: 9, value: (v) => firstSecretary(v)?.requiredDays ?? '' },
    { header: '达标或正常（人）', width: 10, value: (v) => v.persons.filter((p) => personTone(p) === 'ok').length },
    { header: '预警（人）', width: 8, value: (v) => v.persons.filter((p) => personTone(p) === 'warn').length },
    { header: '不达标（人）', width: 8, value: (v) => v.persons.filter((p) => personTone(p) === 'bad').length },
    { header: '无故缺勤合计（天）', width: 10, value: (v) => sum(v, (p) => p.unexcusedAbsences.length) },
    { header: '日志缺失合计（篇）', width: 10, value: (v) => sum(v, (p) => p.diary.missingDays.length) },
    { header: '日志补写合计（篇）', width: 10, value: (v) => sum(v, (p) => p.diary.lateDays.length) },
    { header: '无人在村（天）', width: 9, value: (v) => v.coverage.gapDays.length },
    { header: '结果', width: 8, value: (v) => villageResult(v, closed) },
    { header: '主要问题', width: 48, value: (v) => v.reasons.join('；'), wrap: true },
  ];
}

/** 汇总表: one row per village of the scope, in roster order (villages are coded by township). */
export async function summaryWorkbook(mc: MonthCompliance): Promise<{ fileName: string; base64: string }> {
  const wb = newWorkbook();
  const persons = mc.villages.flatMap((v) => v.persons);
  const failing = mc.villages.filter((v) => v.status === 'fail').length;
  addTableSheet(
    wb,
    {
      name: '汇总表',
      title: `${mc.scope.name}驻村工作月度汇总表（${monthLabel(mc.month)}）`,
      info: [
        `本月工作日：${mc.workingDays}天\u3000\u3000村：${mc.villages.length}个（不达标${failing}个）\u3000\u3000驻村干部：${persons.length}人（不达标${
          persons.filter((p) => p.status === 'fail').length
        }人）\u3000\u3000${closedNote(mc.closed, mc.asOf, mc.frozenAt)}`,
      ],
      columns: columns(mc.closed),
      rows: mc.villages,
      footer: [
        '说明：数据由驻村系统按打卡、日志和请假记录自动统计，无需手工填报；各村明细见各村月纪实表。',
        '填报单位（盖章）：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000审核人：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000日期：',
      ],
    },
    4,
  );
  return { fileName: safeName(`${mc.scope.name}_${mc.month}_驻村汇总表.xlsx`), base64: await workbookBase64(wb) };
}
