import { businessDate } from '@guanjia/domain';
import { ForbiddenTransitionError } from '@guanjia/domain';
import { MAX_CO_BUYERS } from '@guanjia/domain/deals/index';
import type { z } from 'zod';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { AppError } from '../../platform/http/errors.js';
import { dateField } from '../daily-checks/schemas.js';
import { idNumberField, nameField, phoneField } from '../staff/schemas.js';
import type { DealColumn } from './deal-columns.js';
import type { DealPerson } from './find-or-create-owner.js';
import type { DealSheetRow, SheetCell } from './read-deal-sheet.js';
import { recordDeal, type DealInput } from './record-deal.js';

export interface DealImportIssue {
  row: number;
  column: DealColumn;
  /** i18n key, rendered with `params` in the caller's language. */
  reason: string;
  params?: Record<string, unknown>;
}

export type DealImportOutcome = { ok: true; created: number; updated: number } | { ok: false; issues: DealImportIssue[] };

/**
 * Records the deals of a sheet into one project (checked visible by the caller). Every row is
 * validated first and one bad row rejects the file; a rule refusing a row while recording (another
 * owner on the unit) rolls the whole import back too, naming that row. A row with a contract
 * number already recorded updates that deal.
 */
export async function importDeals(trx: Tx, actor: Actor, projectId: string, rows: DealSheetRow[], now: Date = new Date()): Promise<DealImportOutcome> {
  const units = await trx
    .selectFrom('units as u')
    .innerJoin('buildings as b', 'b.id', 'u.building_id')
    .select(['u.id', 'u.code', 'b.code as building_code'])
    .where('u.project_id', '=', projectId)
    .execute();
  const buildings = new Set(units.map((u) => u.building_code));
  const unitByKey = new Map(units.map((u) => [`${u.building_code}\u0000${u.code}`, u.id]));
  const today = businessDate(now);
  const issues: DealImportIssue[] = [];
  const parsed: { row: number; input: DealInput }[] = [];
  const firstRowOfUnit = new Map<string, number>();
  const firstRowOfContract = new Map<string, number>();

  for (const { row, cells } of rows) {
    const issue = (column: DealColumn, reason: string, params?: Record<string, unknown>) => issues.push({ row, column, reason, params });
    const before = issues.length;
    const buildingCode = text(cells.buildingCode);
    const unitCode = text(cells.unitCode);
    if (!buildingCode) issue('buildingCode', 'field.required');
    else if (!buildings.has(buildingCode)) issue('buildingCode', 'deal.import.unknownBuilding', { value: buildingCode });
    const unitId = buildingCode && unitCode ? unitByKey.get(`${buildingCode}\u0000${unitCode}`) : undefined;
    if (!unitCode) issue('unitCode', 'field.required');
    else if (buildingCode && buildings.has(buildingCode) && !unitId) issue('unitCode', 'deal.import.unknownUnit', { value: unitCode });
    else if (unitId) once(firstRowOfUnit, unitId, row, () => issue('unitCode', 'deal.import.duplicateRow', { row: firstRowOfUnit.get(unitId) }));

    const buyerName = checked(nameField.max(50), cells.buyerName, () => issue('buyerName', 'field.required'), () => issue('buyerName', 'field.tooLong', { max: 50 }));
    const buyerPhone = checked(phoneField, cells.buyerPhone, () => issue('buyerPhone', 'field.required'), () => issue('buyerPhone', 'deal.import.badPhone'));
    const buyerIdNumber = text(cells.buyerIdNumber) ? checked(idNumberField, cells.buyerIdNumber, () => undefined, () => issue('buyerIdNumber', 'deal.import.badIdNumber')) : null;
    const coBuyers = parseCoBuyers(text(cells.coBuyers), (reason, params) => issue('coBuyers', reason, params));
    const signingDate = checked(dateField, cells.signingDate, () => issue('signingDate', 'field.required'), () => issue('signingDate', 'deal.import.badDate'));
    if (signingDate && signingDate > today) issue('signingDate', 'deal.field.signingDateFuture');
    const contractNumber = text(cells.contractNumber) ?? null;
    if (contractNumber && contractNumber.length > 64) issue('contractNumber', 'field.tooLong', { max: 64 });
    else if (contractNumber) once(firstRowOfContract, contractNumber, row, () => issue('contractNumber', 'deal.import.duplicateRow', { row: firstRowOfContract.get(contractNumber) }));
    const salesConsultantName = text(cells.salesConsultantName) ?? null;
    if (salesConsultantName && salesConsultantName.length > 50) issue('salesConsultantName', 'field.tooLong', { max: 50 });

    if (issues.length === before) {
      parsed.push({
        row,
        input: { unitId: unitId!, buyer: { name: buyerName!, phone: buyerPhone!, idNumber: buyerIdNumber ?? null }, coBuyers: coBuyers!, signingDate: signingDate!, contractNumber, salesConsultantName, externalRef: null },
      });
    }
  }
  if (issues.length) return { ok: false, issues };

  const counts = { created: 0, updated: 0 };
  for (const p of parsed) {
    try {
      const { created } = await recordDeal(trx, { actor, companyId: actor.companyId, projectId, source: 'import', mode: 'upsert' }, p.input, now);
      counts[created ? 'created' : 'updated']++;
    } catch (err) {
      // A rule refusing this row (422) or a checked field (400) is reported on the row; the transaction rolls back.
      if (err instanceof ForbiddenTransitionError) return { ok: false, issues: [{ row: p.row, column: 'contractNumber', reason: 'deal.error.cancelledResent' }] };
      if (err instanceof AppError && (err.status === 422 || err.status === 400)) {
        const [field, key] = Object.entries(err.fields ?? {})[0] ?? [];
        return { ok: false, issues: [{ row: p.row, column: columnOf(field), reason: key ?? err.messageKey, params: err.params }] };
      }
      throw err;
    }
  }
  return { ok: true, ...counts };
}

function once(seen: Map<string, number>, key: string, row: number, duplicate: () => void): void {
  if (seen.has(key)) duplicate();
  else seen.set(key, row);
}

function columnOf(field: string | undefined): DealColumn {
  if (field?.startsWith('coBuyers')) return 'coBuyers';
  if (field === 'signingDate' || field === 'contractNumber') return field;
  return 'unitCode';
}

/** Codes and numbers typed as numbers (房号 101, 手机 138…) arrive as numbers; they are text all the same. */
function text(cell: SheetCell | undefined): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  return String(cell).trim() || undefined;
}

function checked<T>(schema: z.ZodType<T>, cell: SheetCell | undefined, missing: () => void, invalid: () => void): T | undefined {
  const value = text(cell);
  if (value === undefined) {
    missing();
    return undefined;
  }
  const result = schema.safeParse(value);
  if (!result.success) invalid();
  return result.success ? result.data : undefined;
}

/** "李四/13800002222;王五" — people split by ; (either width), each name[/phone[/ID number]]. */
function parseCoBuyers(cell: string | undefined, issue: (reason: string, params?: Record<string, unknown>) => void): DealPerson[] | undefined {
  if (!cell) return [];
  const people: DealPerson[] = [];
  const parts = cell
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length > MAX_CO_BUYERS) {
    issue('deal.import.tooManyCoBuyers', { max: MAX_CO_BUYERS });
    return undefined;
  }
  for (const part of parts) {
    const [name, phone, idNumber] = part.split(/[/／]/).map((s) => s.trim());
    const okName = nameField.max(50).safeParse(name ?? '');
    const okPhone = phone ? phoneField.safeParse(phone) : null;
    const okId = idNumber ? idNumberField.safeParse(idNumber) : null;
    if (!okName.success || (okPhone && !okPhone.success) || (okId && !okId.success)) {
      issue('deal.import.badCoBuyer', { value: part });
      return undefined;
    }
    people.push({ name: okName.data, phone: okPhone?.data ?? null, idNumber: okId?.data ?? null });
  }
  return people;
}
