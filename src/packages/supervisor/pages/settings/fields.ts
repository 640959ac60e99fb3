import type { RuleConfig } from '../../../../core/rules/config';

/**
 * How each setting is edited: 'int'/'number' as typed numbers, 'percent' shown 0–100 and stored
 * as a share 0..1, 'bool' as a switch, 'time' as HH:mm, 'ratio' as two numbers (分子/分母), 'roles'
 * as one switch per stationed role.
 */
export type FieldKind = 'int' | 'number' | 'percent' | 'bool' | 'time' | 'ratio' | 'roles';

export interface FieldDef {
  /** Dotted path in RuleConfig, e.g. 'diary.graceHours'. */
  path: string;
  label: string;
  /** One line: what changes when this is changed. */
  hint: string;
  kind: FieldKind;
  unit?: string;
}

export interface GroupDef {
  key: keyof RuleConfig;
  title: string;
  fields: FieldDef[];
}

const f = (path: string, kind: FieldKind, label: string, hint: string, unit?: string): FieldDef => ({ path, kind, label, hint, unit });

/** Every setting, grouped as the schema labels them. A test checks that none is missing. */
export const GROUPS: GroupDef[] = [
  {
    key: 'presence',
    title: '驻村要求',
    fields: [
      f('presence.ratio', 'ratio', '驻村天数比例', '每月在村天数至少为工作日的这一比例，向上取整（2/3、22个工作日 → 15天）'),
      f('presence.roles', 'roles', '适用人员', '哪些人要满足上面的驻村天数比例'),
      f('presence.fieldWorkCounts', 'bool', '外勤计入驻村', '因公在村外办事（外勤）的日子算作在村'),
      f('presence.officialBusinessCounts', 'bool', '公假计入驻村', '县里通知的会议、培训等公假日子算作在村'),
      f('presence.restDaysCount', 'bool', '休息日在村也计入', '周末、节假日在村的日子也算进要求的天数'),
      f('presence.allowedUnexcusedAbsences', 'int', '允许无故缺勤', '每月无故缺勤超过这个天数，缺勤一项判为不达标', '天'),
    ],
  },
  {
    key: 'coverage',
    title: '每日在岗',
    fields: [
      f('coverage.enabled', 'bool', '检查每日在岗', '每天（含周末、节假日）工作队至少有一人在村'),
      f('coverage.allowedGapDays', 'int', '允许无人在村', '每月无人在村的天数超过这个数，在岗一项不达标', '天'),
    ],
  },
  {
    key: 'diary',
    title: '工作日志',
    fields: [
      f('diary.graceHours', 'int', '补写宽限', '0 表示当天写完才算按时；10 表示次日上午10点前写完也算按时', '小时'),
      f('diary.allowedDefects', 'int', '允许缺漏', '每月缺写加迟写超过这个天数，日志一项不达标', '天'),
      f('diary.batchMinEntries', 'int', '集中补写条数', '在下面的时间内写了这么多天的日志，提示为集中补写', '条'),
      f('diary.batchWindowMinutes', 'int', '集中补写时间', '与上一项一起判定集中补写', '分钟'),
      f('diary.duplicateSimilarity', 'percent', '雷同相似度', '两篇日志相似度达到这个比例，提示为内容雷同', '%'),
      f('diary.photosRequired', 'bool', '必须附照片', '开启后每篇日志至少要有一张照片'),
    ],
  },
  {
    key: 'leave',
    title: '请假',
    fields: [
      f('leave.countyApprovalAboveDays', 'int', '县级审批天数', '请假超过这个天数由县里审批，不超过的由乡镇审批', '天'),
      f('leave.returnGraceDays', 'int', '销假宽限', '假期结束后这么多天内没回村打卡，提示逾期未销假', '天'),
    ],
  },
  {
    key: 'clockIn',
    title: '打卡',
    fields: [
      f('clockIn.maxAccuracyM', 'int', '定位精度上限', '定位误差大于这个数时不能打卡，需到开阔处重试', '米'),
      f('clockIn.fuzzyMaxAccuracyM', 'int', '模糊定位精度上限', '手机只给模糊位置时，误差大于这个数不能打卡', '米'),
      f('clockIn.fuzzyExtraM', 'int', '模糊定位放宽范围', '模糊位置的打卡范围放宽这么多米；靠放宽才算在村的，会提示乡镇核实', '米'),
      f('clockIn.offlineWindowHours', 'int', '离线补交时限', '没有网络时记下的打卡，在这么多小时内补交仍然有效', '小时'),
    ],
  },
  {
    key: 'plausibility',
    title: '异常提示',
    fields: [
      f('plausibility.maxSpeedKmh', 'int', '最高合理时速', '两次打卡之间的移动快于这个速度，提示位置可疑', '公里/小时'),
      f('plausibility.repeatedCoordinateDays', 'int', '坐标重复天数', '不同日子的打卡坐标完全相同达到这么多天，提示可疑', '天'),
    ],
  },
  {
    key: 'schedule',
    title: '提醒时间',
    fields: [
      f('schedule.clockInReminder', 'time', '打卡提醒', '到这个时间还没打卡的，发提醒'),
      f('schedule.diaryReminder', 'time', '日志提醒', '到这个时间当天日志还没写的，发提醒'),
      f('schedule.forwardWarning', 'time', '达标预警', '每天这个时间检查本月驻村天数能否达标'),
      f('schedule.coverageCheck', 'time', '在岗检查', '每天这个时间检查各村是否有人在村'),
      f('schedule.overdueReturnCheck', 'time', '销假检查', '每天这个时间检查逾期未销假'),
      f('schedule.monthCloseDay', 'int', '月结日', '每月这一天统计上个月的结果', '号'),
      f('schedule.monthCloseTime', 'time', '月结时间', '月结日的这个时间开始统计'),
      f('schedule.escalationDays', 'int', '预警升级', '乡镇督导这么多天未处理的预警，转给县级管理员', '天'),
      f('schedule.quietFrom', 'time', '免打扰开始', '这段时间内不发消息，结束后再发'),
      f('schedule.quietTo', 'time', '免打扰结束', '可以跨过午夜，如 21:30 到 07:30'),
    ],
  },
  {
    key: 'projection',
    title: '达标预警',
    fields: [f('projection.atRiskSlack', 'int', '预警余量', '剩余工作日只比还需驻村天数多这么几天时，提示有风险', '天')],
  },
  {
    key: 'survey',
    title: '群众评价',
    fields: [
      f('survey.awarenessMin', 'percent', '知晓率要求', '知道本村第一书记和工作队的群众应达到这个比例', '%'),
      f('survey.minAnswers', 'int', '最少有效样本', '一个村的答卷少于这个数时，显示为样本不足', '份'),
      f('survey.minCellAnswers', 'int', '分项显示门槛', '一个村的答卷少于这个数时，村干部和导出表格不显示各选项人数，防止猜出是谁答的', '份'),
      f('survey.maxAnswersPerVillagePerHour', 'int', '每村每小时上限', '超过的答卷不计入，防止刷票', '份'),
    ],
  },
  {
    key: 'grading',
    title: '评定等次',
    fields: [
      f('grading.caps.notExcellentFrom', 'int', '不评优秀的缺勤', '无故缺勤达到这么多天，不能评为优秀', '天'),
      f('grading.caps.atMostBasicFrom', 'int', '最高基本称职的缺勤', '无故缺勤达到这么多天，最高评为基本称职', '天'),
      f('grading.caps.incompetentFrom', 'int', '评为不称职的缺勤', '无故缺勤达到这么多天，评为不称职', '天'),
      f('grading.weights.presence', 'number', '驻村权重', '驻村完成率在综合得分中的比重；缺少的项按比例折算'),
      f('grading.weights.diary', 'number', '日志权重', '日志按时率在综合得分中的比重'),
      f('grading.weights.coverage', 'number', '在岗权重', '每日在岗率在综合得分中的比重'),
      f('grading.weights.inspection', 'number', '督查权重', '督查得分在综合得分中的比重'),
      f('grading.weights.survey', 'number', '群众评价权重', '知晓率和满意度在综合得分中的比重'),
      f('grading.thresholds.excellent', 'number', '优秀分数线', '综合得分达到这个分数评为优秀', '分'),
      f('grading.thresholds.competent', 'number', '称职分数线', '综合得分达到这个分数评为称职', '分'),
      f('grading.thresholds.basic', 'number', '基本称职分数线', '达到这个分数评为基本称职，不到的评为不称职', '分'),
    ],
  },
];

/** Stationed roles, for the 'roles' field. */
export const ROLE_CHOICES = [
  { value: 'first_secretary', label: '第一书记' },
  { value: 'team_leader', label: '工作队队长' },
  { value: 'team_member', label: '工作队员' },
] as const;
