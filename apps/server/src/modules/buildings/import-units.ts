import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import { newRowStamp, nowIso, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import type { SheetCell, UnitSheet } from './read-unit-sheet.js';
import { UNIT_LIMITS } from './schemas.js';
import type { BuildingTable, UnitTable } from './tables.js';
import type { UnitColumn } from './unit-columns.js';

export interface ImportIssue {
  row: number;
  column: UnitColumn;
  /** i18n key, rendered with `params` in the caller's language. */
  reason: string;
  params?: Record<string, unknown>;
}

export type ImportOutcome = { ok: true; created: number; updated: number; unchanged: number } | { ok: false; issues: ImportIssue[] };

/** Rows per INSERT: 11 parameters each stays far below SQLite's and PostgreSQL's limits. */
const INSERT_CHUNK = 500;

interface ParsedRow {
  row: number;
  building: BuildingTable;
  code: string;
  /** undefined: the cell was empty or the column absent, so an existing value is kept. */
  floor?: number;
  areaM2?: number;
  layout?: string;
}

/**
 * Upserts the units of a sheet into one project (checked visible by the caller): every row is
 * validated first and a single bad row rejects the whole file, so nothing is half-imported. A
 * unit is matched by building code + unit code; an empty cell never clears a stored value.
 */
export async function importUnits(trx: Tx, actor: Actor, projectId: string, sheet: UnitSheet): Promise<ImportOutcome> {
  const buildings = await trx.selectFrom('buildings').selectAll().where('project_id', '=', projectId).execute();
  const { parsed, issues } = validateRows(sheet, new Map(buildings.map((b) => [b.code, b])));
  if (issues.length) return { ok: false, issues };

  const existing = await trx.selectFrom('units').selectAll().where('project_id', '=', projectId).execute();
  const byKey = new Map(existing.map((u) => [`${u.building_id}\u0000${u.code}`, u]));
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const now = nowIso();
  const toCreate: UnitTable[] = [];
  for (const p of parsed) {
    const before = byKey.get(`${p.building.id}\u0000${p.code}`);
    if (!before) {
      toCreate.push({
        id: uuidv7(),
        company_id: actor.companyId,
        project_id: projectId,
        building_id: p.building.id,
        code: p.code,
        floor: p.floor ?? null,
        area_m2: p.areaM2 ?? null,
        layout: p.layout ?? null,
        ...newRowStamp(now),
      });
      continue;
    }
    const changes = changedColumns(before, { floor: p.floor, area_m2: p.areaM2, layout: p.layout });
    if (!Object.keys(changes).length) {
      counts.unchanged++;
      continue;
    }
    const after = await updateVersioned(trx, 'units', before, changes);
    await recordAudit(trx, actor, actor.companyId, { action: 'update', entityType: 'unit', entityId: before.id, projectId, before, after });
    counts.updated++;
  }
  for (let i = 0; i < toCreate.length; i += INSERT_CHUNK) {
    const chunk = toCreate.slice(i, i + INSERT_CHUNK);
    // Rows were checked against a fresh read, so a clash means a concurrent write: 409 "refresh and retry".
    await trx
      .insertInto('units')
      .values(chunk)
      .execute()
      .catch((err: unknown) => {
        throw isUniqueViolation(err) ? new StaleUpdateError() : err;
      });
  }
  for (const unit of toCreate) {
    await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'unit', entityId: unit.id, projectId, after: unit });
  }
  counts.created = toCreate.length;
  return { ok: true, ...counts };
}

function validateRows(sheet: UnitSheet, buildingByCode: Map<string, BuildingTable>): { parsed: ParsedRow[]; issues: ImportIssue[] } {
  const parsed: ParsedRow[] = [];
  const issues: ImportIssue[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of sheet.rows) {
    const issue = (column: UnitColumn, reason: string, params?: Record<string, unknown>) => issues.push({ row, column, reason, params });
    const before = issues.length;

    const buildingCode = text(cells.buildingCode);
    const building = buildingCode ? buildingByCode.get(buildingCode) : undefined;
    if (!buildingCode) issue('buildingCode', 'field.required');
    else if (!building) issue('buildingCode', 'import.unknownBuilding', { value: buildingCode });

    const code = text(cells.code);
    if (!code) issue('code', 'field.required');
    else if (code.length > UNIT_LIMITS.codeMax) issue('code', 'import.tooLong', { max: UNIT_LIMITS.codeMax });
    else if (buildingCode) {
      const key = `${buildingCode}\u0000${code}`;
      const first = firstRowOf.get(key);
      if (first) issue('code', 'import.duplicateRow', { row: first });
      else firstRowOf.set(key, row);
    }

    const floor = number(cells.floor);
    if (floor !== undefined) {
      if (Number.isNaN(floor) || !Number.isInteger(floor)) issue('floor', 'import.notInteger');
      else if (floor < UNIT_LIMITS.floorMin) issue('floor', 'field.tooSmall', { min: UNIT_LIMITS.floorMin });
      else if (floor > UNIT_LIMITS.floorMax) issue('floor', 'field.tooBig', { max: UNIT_LIMITS.floorMax });
    }

    const areaM2 = number(cells.areaM2);
    if (areaM2 !== undefined) {
      if (Number.isNaN(areaM2) || areaM2 <= 0) issue('areaM2', 'import.notPositiveNumber');
      else if (areaM2 > UNIT_LIMITS.areaMax) issue('areaM2', 'field.tooBig', { max: UNIT_LIMITS.areaMax });
    }

    const layout = text(cells.layout);
    if (layout && layout.length > UNIT_LIMITS.layoutMax) issue('layout', 'import.tooLong', { max: UNIT_LIMITS.layoutMax });

    if (issues.length === before) parsed.push({ row, building: building!, code: code!, floor, areaM2, layout });
  }
  return { parsed, issues };
}

/** Codes typed as numbers (房号 101) arrive as numbers; they are codes all the same. */
function text(cell: SheetCell | undefined): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  return String(cell).trim() || undefined;
}

/** undefined for an empty cell, NaN for text that is not a number. */
function number(cell: SheetCell | undefined): number | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'number') return cell;
  const s = cell.replace(/[,，\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}
