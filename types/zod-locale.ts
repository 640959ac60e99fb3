/**
 * Zod's own messages (wrong type, missing field, too long, unknown field…) in short, plain Chinese,
 * for client and server alike. No English type name, no regex, no value the caller sent is ever
 * echoed: a message may be read beside any field. Field names stay out of messages too; the api
 * router reports where a problem is as a separate `path`.
 */
import { z } from 'zod';

/** What a value should be, as a person reads it ("应为…"). */
const EXPECTED: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '是或否',
  date: '日期',
  array: '列表',
  tuple: '列表',
  set: '列表',
  object: '一组内容',
  record: '一组内容',
  map: '一组内容',
  file: '文件',
  null: '空值',
};

const FORMATS: Record<string, string> = {
  email: '邮箱格式不对',
  url: '网址格式不对',
  datetime: '时间格式不对',
  date: '日期格式不对',
  time: '时间格式不对',
  duration: '时长格式不对',
  e164: '电话号码格式不对',
  base64: '编码格式不对',
  base64url: '编码格式不对',
  json_string: '内容格式不对',
};

type Issue = z.core.$ZodRawIssue;

function invalidType(iss: Extract<Issue, { code: 'invalid_type' }>): string {
  const input = iss.input;
  const expected = String(iss.expected);
  if (expected === 'nonoptional' || (input === undefined && expected !== 'undefined' && expected !== 'never' && expected !== 'void')) {
    return '请填写此项';
  }
  if (expected === 'undefined' || expected === 'never' || expected === 'void') return '不需要填写此项';
  const label = EXPECTED[expected];
  if (!label) return '格式不对';
  if (input === null) return `不能为空，应为${label}`;
  if (typeof input === 'number' && Number.isNaN(input)) return `应为${label}，不能是非数字`;
  if (typeof input === 'number' && !Number.isFinite(input)) return `应为${label}，不能是无穷大`;
  return `应为${label}`;
}

function bound(n: number | bigint): string {
  return typeof n === 'bigint' ? n.toString() : Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

function tooBig(iss: Extract<Issue, { code: 'too_big' }>): string {
  const max = iss.maximum;
  const n = bound(max);
  switch (iss.origin) {
    case 'string':
      return iss.exact ? `应为${n}个字` : `最多${n}字`;
    case 'array':
    case 'set':
    case 'map':
      return iss.exact ? `应为${n}项` : `最多${n}项`;
    case 'file':
      return `文件太大，最多${n}字节`;
    case 'date':
      return '日期太晚';
    case 'int':
      if (max === Number.MAX_SAFE_INTEGER) return '数字太大';
      return iss.inclusive === false ? `应小于${n}` : `不能大于${n}`;
    default:
      return iss.inclusive === false ? `应小于${n}` : `不能大于${n}`;
  }
}

function tooSmall(iss: Extract<Issue, { code: 'too_small' }>): string {
  const min = iss.minimum;
  const n = bound(min);
  switch (iss.origin) {
    case 'string':
      if (iss.exact) return `应为${n}个字`;
      return Number(min) <= 1 ? '请填写此项' : `至少${n}个字`;
    case 'array':
    case 'set':
    case 'map':
      if (iss.exact) return `应为${n}项`;
      return Number(min) <= 1 ? '至少选一项' : `至少${n}项`;
    case 'file':
      return '文件是空的';
    case 'date':
      return '日期太早';
    case 'int':
      if (min === Number.MIN_SAFE_INTEGER) return '数字太小';
      return iss.inclusive === false ? `应大于${n}` : `不能小于${n}`;
    default:
      return iss.inclusive === false ? `应大于${n}` : `不能小于${n}`;
  }
}

/** The message of one zod issue, in Chinese; never undefined. */
export function zhIssueMessage(iss: Issue): string {
  switch (iss.code) {
    case 'invalid_type':
      return invalidType(iss);
    case 'too_big':
      return tooBig(iss);
    case 'too_small':
      return tooSmall(iss);
    case 'invalid_format':
      return FORMATS[iss.format] ?? '格式不对';
    case 'not_multiple_of':
      return `应为${bound(iss.divisor)}的倍数`;
    case 'unrecognized_keys':
      return '多了不认识的字段';
    case 'invalid_key':
      return '字段名不对';
    case 'invalid_element':
      return '里面有不对的值';
    case 'invalid_value':
      return iss.values.length === 1 ? '取值不对' : '不在可选的范围内';
    case 'invalid_union':
      return '格式不对';
    default:
      return '填写的内容不对';
  }
}

/** Sets zod's messages to Chinese for everything that parses with zod in this bundle. */
export function applyChineseZodMessages(): void {
  z.config({ localeError: (iss) => zhIssueMessage(iss) });
}
