import type { z } from 'zod';
import type { ErrorDetail } from '../../../types';
import { CADRE_ROLES } from '../../../types';
import { FenceRow, HouseholdRow, PersonRow, SHEETS, TownshipRow, UnitRow, VillageRow, type RosterRows, type ValidRoster } from './rows';

export type { ValidRoster };

/** Codes of the template's example rows; importing them by mistake would overwrite real people. */
export const EXAMPLE_PREFIX = 'EX-';
/** A template example row: its own code (or, for 村围栏, its village code) starts with EX-. Reported once, as such. */
const isExample = (row: unknown) => {
  const r = row as { code?: unknown; villageCode?: unknown };
  return [r.code, r.villageCode].some((c) => typeof c === 'string' && c.trim().startsWith(EXAMPLE_PREFIX));
};

/** Excel row number of each parsed row, per sheet (the header is row 1). */
export type RowNumbers = Record<keyof RosterRows, number[]>;

/**
 * Validates every row of every sheet, then the references between sheets. Returns all errors
 * (by sheet and row, in Chinese) or the clean roster; nothing is written here.
 */
/** Codes already stored for the county: rows may refer to them without repeating them. */
export interface KnownCodes {
  townships: Set<string>;
  villages: Set<string>;
  units: Set<string>;
  fencedVillages: Set<string>;
}
const none = (): KnownCodes => ({ townships: new Set(), villages: new Set(), units: new Set(), fencedVillages: new Set() });

export function validateRoster(
  rows: RosterRows,
  known: KnownCodes = none(),
  rowNumbers?: RowNumbers,
): { ok: true; roster: ValidRoster } | { ok: false; errors: ErrorDetail[] } {
  const errors: ErrorDetail[] = [];
  /** The row as a person sees it in Excel; without numbers (rows not from a workbook) the i-th row after the header. */
  const excelRow = (key: keyof RosterRows, i: number) => rowNumbers?.[key]?.[i] ?? i + 2;
  /** Codes must be unique within a sheet, or (农户) within a village: `scope` names the part of the key before the code. */
  function parseSheet<S extends z.ZodTypeAny>(
    key: keyof RosterRows,
    schema: S,
    list: unknown[],
    scope?: (row: z.output<S>) => { key: string; label: string },
  ): z.output<S>[] {
    const out: z.output<S>[] = [];
    const seen = new Map<string, number>();
    list.forEach((raw, i) => {
      const r = schema.safeParse(raw);
      if (!r.success) {
        for (const issue of r.error.issues) {
          const col = SHEETS[key].columns[issue.path[0] as keyof (typeof SHEETS)[typeof key]['columns']];
          const empty = issue.code === 'invalid_type' && (raw as Record<PropertyKey, unknown>)[issue.path[0] ?? ''] == null;
          errors.push({ sheet: SHEETS[key].title, row: excelRow(key, i), message: `${col ? `${col}：` : ''}${empty ? '不能为空' : issue.message}` });
        }
        return;
      }
      const code = (r.data as { code?: string }).code;
      if (isExample(r.data)) {
        errors.push({ sheet: SHEETS[key].title, row: excelRow(key, i), message: '这是模板里的示例行，请删除后再上传' });
        return;
      }
      if (code !== undefined) {
        const within = scope?.(r.data);
        const unique = within ? `${within.key}/${code}` : code;
        if (seen.has(unique))
          errors.push({ sheet: SHEETS[key].title, row: excelRow(key, i), message: `${within?.label ?? ''}编码 ${code} 与第${seen.get(unique)}行重复` });
        seen.set(unique, excelRow(key, i));
      }
      out.push(r.data);
    });
    return out;
  }
  const roster: ValidRoster = {
    townships: parseSheet('townships', TownshipRow, rows.townships),
    villages: parseSheet('villages', VillageRow, rows.villages),
    fences: parseSheet('fences', FenceRow, rows.fences),
    units: parseSheet('units', UnitRow, rows.units),
    people: parseSheet('people', PersonRow, rows.people),
    households: parseSheet('households', HouseholdRow, rows.households, (h) => ({ key: h.villageCode, label: `村 ${h.villageCode} 的户` })),
  };
  const townships = new Set([...known.townships, ...roster.townships.map((t) => t.code)]);
  const villages = new Set([...known.villages, ...roster.villages.map((v) => v.code)]);
  const units = new Set([...known.units, ...roster.units.map((u) => u.code)]);
  rows.villages.forEach((v, i) => {
    if (isExample(v)) return;
    if (v.townshipCode && !townships.has(String(v.townshipCode).trim()))
      errors.push({ sheet: '村', row: excelRow('villages', i), message: `所属乡镇编码 ${v.townshipCode} 在“乡镇”表中不存在` });
  });
  rows.fences.forEach((f, i) => {
    if (isExample(f)) return;
    if (f.villageCode && !villages.has(String(f.villageCode).trim()))
      errors.push({ sheet: '村围栏', row: excelRow('fences', i), message: `村编码 ${f.villageCode} 在“村”表中不存在` });
  });
  rows.households.forEach((h, i) => {
    if (isExample(h)) return;
    if (h.villageCode && !villages.has(String(h.villageCode).trim()))
      errors.push({ sheet: '农户', row: excelRow('households', i), message: `村编码 ${h.villageCode} 在“村”表中不存在` });
  });
  const fenced = new Set([...known.fencedVillages, ...roster.fences.map((f) => f.villageCode)]);
  rows.villages.forEach((v, i) => {
    if (isExample(v)) return;
    if (v.code && !fenced.has(String(v.code).trim())) errors.push({ sheet: '村', row: excelRow('villages', i), message: '该村在“村围栏”表中至少要有一个围栏点' });
  });
  roster.people.forEach((p) => {
    const i = rows.people.findIndex((r) => String(r.code).trim() === p.code);
    const at = { sheet: '人员', row: excelRow('people', i) };
    if (p.unitCode && !units.has(p.unitCode)) errors.push({ ...at, message: `派出单位编码 ${p.unitCode} 在“派出单位”表中不存在` });
    const cadre = p.roles.some((r) => CADRE_ROLES.includes(r));
    if (cadre && !p.villageCode) errors.push({ ...at, message: '驻村干部要填写驻村编码' });
    if (!cadre && (p.stationedFrom || p.stationedUntil)) errors.push({ ...at, message: '只有驻村干部填写驻村日期' });
    // 'YYYY-MM-DD' strings compare as days.
    if (p.stationedFrom && p.stationedUntil && p.stationedUntil < p.stationedFrom) errors.push({ ...at, message: '驻村结束日期不能早于开始日期' });
    if (p.villageCode && !villages.has(p.villageCode)) errors.push({ ...at, message: `驻村编码 ${p.villageCode} 在“村”表中不存在` });
    if (p.roles.includes('township_supervisor') && !p.townshipCode) errors.push({ ...at, message: '乡镇督导要填写负责乡镇编码' });
    if (p.townshipCode && !townships.has(p.townshipCode)) errors.push({ ...at, message: `负责乡镇编码 ${p.townshipCode} 在“乡镇”表中不存在` });
    if (p.roles.includes('unit_contact') && !p.unitCode) errors.push({ ...at, message: '派出单位联络人要填写派出单位编码' });
  });
  errors.sort((a, b) => (a.sheet ?? '').localeCompare(b.sheet ?? '') || (a.row ?? 0) - (b.row ?? 0));
  return errors.length ? { ok: false, errors } : { ok: true, roster };
}
