/**
 * The closed set of error codes every action may answer with, and the plain Chinese
 * sentence a person reads for each. Handlers may pass a more specific message.
 */
export const ERROR_MESSAGES = {
  BAD_REQUEST: '请求格式不对，请刷新后重试。',
  UNKNOWN_ACTION: '没有这个功能，请更新小程序后重试。',
  VALIDATION: '填写的内容有误，请检查后重试。',
  UNAUTHENTICATED: '还没有绑定身份，请先输入县委组织部发放的邀请码。',
  FORBIDDEN: '您没有权限做这件事。',
  OUT_OF_SCOPE: '这不在您负责的范围内。',
  NOT_FOUND: '没有找到要找的记录。',
  CONFLICT: '与已有记录冲突，请刷新后再看。',
  INVITE_INVALID: '邀请码无效或已过期，请向县委组织部重新申请。',
  CALENDAR_UNKNOWN: '该年度的节假日安排尚未录入，暂时无法计算工作日。请县级管理员在“设置 · 工作日历”中录入该年节假日安排。',
  LOCATION_UNRELIABLE: '定位不够准确，请到开阔处稍等片刻再打卡。',
  TOO_EARLY_OR_LATE: '时间不在允许范围内。',
  RATE_LIMITED: '操作太频繁，请稍后再试。',
  SURVEY_CLOSED: '这次调查已经结束，感谢您的关心。',
  ALREADY_ANSWERED: '您已经答过这份问卷了，感谢参与。',
  IMPORT_INVALID: '表格中有错误，请按提示改正后重新上传，本次没有导入任何数据。',
  INTERNAL: '系统开小差了，请稍后再试。',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

/** Where a validation or import problem is: a field path, or a sheet and row. */
export interface ErrorDetail {
  path?: string;
  sheet?: string;
  row?: number;
  message: string;
}
