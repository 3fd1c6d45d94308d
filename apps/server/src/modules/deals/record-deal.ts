import { businessDate, uuidv7 } from '@guanjia/domain';
import { dealNextState, ONBOARDING_ITEMS, type DealSource } from '@guanjia/domain/deals/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError, ConflictError, ValidationError, type FieldErrors } from '../../platform/http/errors.js';
import type { NotificationRow } from '../notifications/notify.js';
import { coBuyersOf, recordDealEvent, type CoBuyerSnapshot, type DealRow } from './deal-access.js';
import { findOrCreateOwner, type DealPerson } from './find-or-create-owner.js';
import { linkDealHousehold } from './link-deal-household.js';
import { listProjectButlers } from './list-project-butlers.js';
import { notifyDealButler } from './notify-deal-butler.js';

export interface DealInput {
  unitId: string;
  buyer: DealPerson & { phone: string };
  /** ownerId: on an edit, the co-buyer already on the deal this entry corrects. */
  coBuyers: (DealPerson & { ownerId?: string | null })[];
  signingDate: string;
  contractNumber: string | null;
  salesConsultantName: string | null;
  externalRef: string | null;
  butlerId?: string | null;
}

export interface DealRecorder {
  /** Null for the CRM's webhook. */
  actor: Actor | null;
  companyId: string;
  projectId: string;
  source: DealSource;
  /** upsert: the same externalRef (or, from an import, contract number) updates that deal; create: a clash is 409; edit: corrects `target`. */
  mode: 'create' | 'upsert' | 'edit';
  /** The deal an edit corrects, re-read in this transaction. */
  target?: DealRow;
}

export interface RecordedDeal {
  deal: DealRow;
  created: boolean;
  notifications: NotificationRow[];
}

/**
 * Records a deal in one transaction: the buyer and co-buyers become (or update) owners of the
 * project, the unit's household gets them as owner and co-owners, and a new deal starts its
 * onboarding checklist. The caller has checked the project is visible.
 */
export async function recordDeal(trx: Tx, by: DealRecorder, input: DealInput, now: Date = new Date()): Promise<RecordedDeal> {
  const at = now.toISOString();
  const tenancy = { companyId: by.companyId, projectId: by.projectId };
  const unit = await trx.selectFrom('units').select(['id', 'code']).where('id', '=', input.unitId).where('project_id', '=', by.projectId).where('company_id', '=', by.companyId).executeTakeFirst();
  const fields: FieldErrors = {};
  if (!unit) fields.unitId = 'deal.field.unitNotInProject';
  if (input.signingDate > businessDate(now)) fields.signingDate = 'deal.field.signingDateFuture';
  input.coBuyers.forEach((c, i) => {
    if (samePerson(c, input.buyer) || input.coBuyers.slice(0, i).some((o) => samePerson(o, c))) fields[`coBuyers.${i}`] = 'deal.field.duplicatePerson';
  });
  if (input.butlerId && !(await listProjectButlers(trx, by.projectId)).some((b) => b.id === input.butlerId)) fields.butlerId = 'deal.field.notProjectButler';
  if (Object.keys(fields).length) throw new ValidationError(fields);

  const editing = by.mode === 'edit';
  const existing = editing ? by.target : by.mode === 'upsert' ? await findSameDeal(trx, by.projectId, input, by.source) : undefined;
  if (existing) {
    dealNextState(existing.status, 'update');
    if (existing.unit_id !== unit!.id) throw new BusinessRuleError('DEAL_UNIT_CHANGED', 'deal.error.unitChanged');
  }

  // On a resend the people keep their owner rows when named alike, so a new phone makes no twin.
  // An edit corrects the same people: their owner rows are kept and take the corrected name.
  const buyer = await findOrCreateOwner(trx, by.actor, tenancy, input.buyer, at, editing || existing?.buyer_name === input.buyer.name ? existing?.owner_id : undefined, editing);
  const earlier = existing ? coBuyersOf(existing) : [];
  const coBuyers: CoBuyerSnapshot[] = [];
  for (const c of input.coBuyers) {
    const known = editing && c.ownerId ? earlier.find((e) => e.ownerId === c.ownerId) : earlier.find((e) => e.name === c.name);
    const owner = await findOrCreateOwner(trx, by.actor, tenancy, { name: c.name, phone: c.phone, idNumber: c.idNumber, withdrawnIdNumber: c.withdrawnIdNumber }, at, known?.ownerId, editing);
    coBuyers.push({ ownerId: owner.id, name: c.name, phone: c.phone, idNumber: c.idNumber });
  }
  if (coBuyers.some((c, i) => c.ownerId === buyer.id || coBuyers.findIndex((o) => o.ownerId === c.ownerId) !== i)) {
    throw new ValidationError({ coBuyers: 'deal.field.duplicatePerson' });
  }
  const householdId = await linkDealHousehold(trx, by.actor, { ...tenancy, unit: unit!, buyerId: buyer.id, coBuyerIds: coBuyers.map((c) => c.ownerId), current: existing }, at);

  const values = {
    household_id: householdId,
    owner_id: buyer.id,
    buyer_name: input.buyer.name,
    buyer_phone: input.buyer.phone,
    buyer_id_number: input.buyer.idNumber,
    co_buyers: JSON.stringify(coBuyers),
    signing_date: input.signingDate,
    contract_number: input.contractNumber,
    sales_consultant_name: input.salesConsultantName,
    external_ref: input.externalRef ?? existing?.external_ref ?? null,
    ...(input.butlerId ? { butler_id: input.butlerId } : {}),
  };
  const actorId = by.actor?.userId ?? null;
  const clash = (err: unknown): never => {
    if (!isUniqueViolation(err)) throw err;
    const e = err as { message?: string; constraint?: string };
    const field = `${e.message ?? ''} ${e.constraint ?? ''}`.includes('contract_number') ? 'contractNumber' : 'externalRef';
    throw new ConflictError('DUPLICATE', 'deal.error.duplicate', {}, { [field]: 'deal.field.duplicate' });
  };
  let deal: DealRow;
  if (existing) {
    deal = await updateVersioned(trx, 'deals', existing, values).catch(clash);
    await recordDealEvent(trx, deal, { action: 'update', actorId, data: editing ? { source: 'web', edited: true } : { source: by.source }, at });
    await recordAudit(trx, by.actor, by.companyId, { action: 'update', entityType: 'deal', entityId: deal.id, projectId: by.projectId, before: existing, after: deal });
  } else {
    deal = {
      id: uuidv7(),
      company_id: by.companyId,
      project_id: by.projectId,
      unit_id: unit!.id,
      ...values,
      butler_id: input.butlerId ?? null,
      source: by.source,
      status: 'recorded',
      cancel_kind: null,
      cancel_reason: null,
      cancelled_at: null,
      recorded_by: actorId,
      ...newRowStamp(at),
    };
    await trx.insertInto('deals').values(deal).execute().catch(clash);
    const items = ONBOARDING_ITEMS.map((item) => ({ id: uuidv7(), company_id: deal.company_id, project_id: deal.project_id, deal_id: deal.id, item, status: 'todo' as const, reason: null, done_by: null, done_at: null, ...newRowStamp(at) }));
    await trx.insertInto('deal_onboarding_items').values(items).execute();
    await recordDealEvent(trx, deal, { action: 'record', actorId, data: { source: by.source, unit: unit!.code }, at });
    await recordAudit(trx, by.actor, by.companyId, { action: 'create', entityType: 'deal', entityId: deal.id, projectId: by.projectId, after: deal });
  }
  const newButler = input.butlerId && input.butlerId !== existing?.butler_id;
  const notifications = newButler ? await notifyDealButler(trx, deal, unit!.code) : [];
  return { deal, created: !existing, notifications };
}

function samePerson(a: DealPerson, b: DealPerson): boolean {
  if (a.idNumber && b.idNumber) return a.idNumber === b.idNumber;
  return Boolean(a.phone) && a.phone === b.phone && a.name === b.name;
}

/** The deal a resend means: the CRM's id, else (from a sheet, which has no CRM id) the contract number. */
async function findSameDeal(trx: Tx, projectId: string, input: DealInput, source: DealSource): Promise<DealRow | undefined> {
  const q = trx.selectFrom('deals').selectAll().where('project_id', '=', projectId);
  if (input.externalRef) return q.where('external_ref', '=', input.externalRef).executeTakeFirst();
  if (source === 'import' && input.contractNumber) return q.where('contract_number', '=', input.contractNumber).executeTakeFirst();
  return undefined;
}
