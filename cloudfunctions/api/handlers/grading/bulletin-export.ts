import { shanghaiDay } from '../../../../src/core';
import { gradingBulletinExport } from '../../../../types/actions/grades-report';
import { bulletin } from '../../../common/bulletin';
import { addTableSheet, newWorkbook, safeName, workbookBase64 } from '../../../common/exports/sheet';
import { handle } from '../../handler';

/** The 通报 as .xlsx: counts per grade above the ranking, one row per cadre. */
export default handle(gradingBulletinExport, async (ctx, { period, countyId }) => {
  const b = await bulletin(ctx, period, countyId);
  const wb = newWorkbook();
  type Row = (typeof b.rows)[number];
  addTableSheet<Row>(wb, {
    name: '考核等次通报',
    title: b.title,
    info: [
      `共${b.rows.length}人：${b.counts.map((c) => `${c.label}${c.count}人`).join('，')}`,
      b.unconfirmed ? `其中${b.unconfirmed}人的等次尚未确认（按建议等次列出）` : '等次均已由县级管理员确认',
      `导出日期：${shanghaiDay(ctx.now)}`,
    ],
    columns: [
      { header: '名次', width: 6, value: (r) => r.rank },
      { header: '姓名', width: 10, value: (r) => r.name },
      { header: '县', width: 10, value: (r) => r.countyName },
      { header: '乡镇', width: 10, value: (r) => r.townshipName },
      { header: '村', width: 10, value: (r) => r.villageName },
      { header: '派出单位', width: 16, value: (r) => r.unitName ?? '' },
      { header: '得分', width: 8, value: (r) => r.score },
      { header: '等次', width: 10, value: (r) => r.label },
      { header: '状态', width: 8, value: (r) => (r.confirmed ? '已确认' : '未确认') },
    ],
    rows: b.rows,
    footer: [],
  });
  return { fileName: safeName(`${b.title}.xlsx`), base64: await workbookBase64(wb) };
});
