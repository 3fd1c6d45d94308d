import { ForbiddenTransitionError } from '@guanjia/domain';
import {
  isLiaisonFormVisibleToDeveloper,
  LIAISON_DEVELOPER_ROLES,
  LIAISON_PROPERTY_ROLES,
  liaisonFormNextState,
  type LiaisonFormAction,
  type LiaisonFormStatus,
} from '@guanjia/domain/sales-site/liaison-form-flow';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible, hasRole } from '../../platform/http/access.js';
import { AppError, NotFoundError } from '../../platform/http/errors.js';
import type { LiaisonFormTable } from './tables.js';

export type LiaisonFormRow = Selectable<LiaisonFormTable>;

/** The developer's people (and nobody of the property side or the regional head): they never see drafts. */
export function seesIssuedFormsOnly(actor: Actor): boolean {
  return hasRole(actor, ...LIAISON_DEVELOPER_ROLES) && !hasRole(actor, ...LIAISON_PROPERTY_ROLES, 'regionalHead');
}

/** A form of a project the actor works in, or 404; a draft is not found for the developer side. */
export async function loadVisibleForm(db: DbOrTx, actor: Actor, id: string): Promise<LiaisonFormRow> {
  const form = await db.selectFrom('liaison_forms').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!form) throw new NotFoundError('entity.liaisonForm');
  assertProjectVisible(actor, form.project_id, 'entity.liaisonForm');
  if (seesIssuedFormsOnly(actor) && !isLiaisonFormVisibleToDeveloper({ issuedAt: form.issued_at })) throw new NotFoundError('entity.liaisonForm');
  return form;
}

/** The state machine, enforced here only: a forbidden step is 409 naming the state and the action. */
export function assertFormTransition(status: LiaisonFormStatus, action: LiaisonFormAction): LiaisonFormStatus {
  try {
    return liaisonFormNextState(status, action);
  } catch (err) {
    if (err instanceof ForbiddenTransitionError) {
      throw new AppError(409, 'FORBIDDEN_TRANSITION', 'liaison.error.forbiddenTransition', { status: `liaison.status.${status}`, action: `liaison.action.${action}` }, undefined, {
        entity: 'liaisonForm',
        from: status,
        action,
      });
    }
    throw err;
  }
}
