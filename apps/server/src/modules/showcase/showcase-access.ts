import { ForbiddenTransitionError } from '@guanjia/domain';
import { brandShowcaseNextState, type BrandShowcaseAction, type BrandShowcaseStatus } from '@guanjia/domain/showcase/showcase-flow';
import { publicityNextState, type PublicityAction, type PublicityStatus } from '@guanjia/domain/showcase/publicity';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { AppError, NotFoundError } from '../../platform/http/errors.js';
import type { BrandShowcaseTable, PublicityItemTable } from './tables.js';

export type ShowcaseRow = Selectable<BrandShowcaseTable>;
export type PublicityItemRow = Selectable<PublicityItemTable>;

/** A showcase of a project the actor works in, or 404. */
export async function loadVisibleShowcase(db: DbOrTx, actor: Actor, id: string): Promise<ShowcaseRow> {
  const row = await db.selectFrom('brand_showcases').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.brandShowcase');
  assertProjectVisible(actor, row.project_id, 'entity.brandShowcase');
  return row;
}

/** A sales center of a project the actor works in, or 404. */
export async function loadVisibleSalesCenter(db: DbOrTx, actor: Actor, id: string) {
  const center = await db.selectFrom('sales_centers').select(['id', 'name', 'project_id', 'company_id']).where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!center) throw new NotFoundError('entity.salesCenter');
  assertProjectVisible(actor, center.project_id, 'entity.salesCenter');
  return center;
}

/** A publicity item of a project the actor works in, or 404. */
export async function loadVisibleItem(db: DbOrTx, actor: Actor, id: string): Promise<PublicityItemRow> {
  const row = await db.selectFrom('publicity_items').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.publicityItem');
  assertProjectVisible(actor, row.project_id, 'entity.publicityItem');
  return row;
}

/** The showcase state machine, enforced here only: a forbidden step is 409 naming the state and the action. */
export function assertShowcaseTransition(status: BrandShowcaseStatus, action: BrandShowcaseAction): BrandShowcaseStatus {
  try {
    return brandShowcaseNextState(status, action);
  } catch (err) {
    if (err instanceof ForbiddenTransitionError) {
      throw new AppError(409, 'FORBIDDEN_TRANSITION', 'showcase.error.forbiddenTransition', { status: `showcase.status.${status}`, action: `showcase.action.${action}` }, undefined, {
        entity: 'brandShowcase',
        from: status,
        action,
      });
    }
    throw err;
  }
}

export function assertPublicityTransition(status: PublicityStatus, action: PublicityAction): PublicityStatus {
  try {
    return publicityNextState(status, action);
  } catch (err) {
    if (err instanceof ForbiddenTransitionError) {
      throw new AppError(409, 'FORBIDDEN_TRANSITION', 'showcase.error.publicityForbiddenTransition', { status }, undefined, { entity: 'publicityItem', from: status, action });
    }
    throw err;
  }
}

/** 422 naming the field: a well-formed request a rule refuses. */
export function fieldRefusal(code: string, field: string, messageKey: string, params: Record<string, unknown> = {}): AppError {
  return new AppError(422, code, messageKey, params, { [field]: messageKey });
}

export const parseJson = <T>(text: string | null, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);

/** The row as the audit log keeps it: the visitors' code stays out of a log read more widely than the showcase. */
export function auditable(row: ShowcaseRow): Omit<ShowcaseRow, 'public_code'> {
  const { public_code: _code, ...rest } = row;
  return rest;
}
