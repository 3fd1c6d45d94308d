import type { Locale } from '../../platform/http/i18n.js';

/** The columns of the unit import sheet, in template order. */
export const UNIT_COLUMNS = ['buildingCode', 'code', 'floor', 'areaM2', 'layout'] as const;
export type UnitColumn = (typeof UNIT_COLUMNS)[number];
export const REQUIRED_UNIT_COLUMNS: readonly UnitColumn[] = ['buildingCode', 'code'];

/** Header texts per language; error field names use the caller's ("第3行 房号" / "row 3 code"). */
export const UNIT_COLUMN_LABELS: Record<Locale, Record<UnitColumn, string>> = {
  'zh-CN': { buildingCode: '楼栋编码', code: '房号', floor: '楼层', areaM2: '建筑面积', layout: '户型' },
  en: { buildingCode: 'buildingCode', code: 'code', floor: 'floor', areaM2: 'areaM2', layout: 'layout' },
};

const ALIASES: Record<string, UnitColumn> = {
  楼栋编码: 'buildingCode',
  楼栋: 'buildingCode',
  buildingcode: 'buildingCode',
  房号: 'code',
  房屋编码: 'code',
  code: 'code',
  unitcode: 'code',
  楼层: 'floor',
  floor: 'floor',
  建筑面积: 'areaM2',
  面积: 'areaM2',
  aream2: 'areaM2',
  area: 'areaM2',
  户型: 'layout',
  layout: 'layout',
};

/** Either language, any case, ignoring spaces and a unit note such as "建筑面积（㎡）". */
export function unitColumnOf(header: string): UnitColumn | undefined {
  const key = header
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s_]/g, '')
    .toLowerCase();
  return ALIASES[key];
}
