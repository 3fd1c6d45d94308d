import { uuidv7 } from '@guanjia/domain';
import type { PersonalDataRequestState } from '@guanjia/domain/personal-data/index';
import type { Selectable } from 'kysely';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { PersonalDataRequestEventTable, PersonalDataRequestTable } from './tables.js';

export type PersonalDataRequestRow = Selectable<PersonalDataRequestTable>;

/** One history row per state change of a request, in the changing transaction. */
export async function recordRequestEvent(
  trx: Tx,
  actor: Actor,
  req: Pick<PersonalDataRequestRow, 'id' | 'company_id' | 'project_id'>,
  action: PersonalDataRequestEventTable['action'],
  from: PersonalDataRequestState | null,
  to: PersonalDataRequestState,
  data: Record<string, unknown> | null = null,
  at: string = new Date().toISOString(),
): Promise<void> {
  await trx
    .insertInto('personal_data_request_events')
    .values({ id: uuidv7(), company_id: req.company_id, project_id: req.project_id, request_id: req.id, action, from_state: from, to_state: to, actor_id: actor.userId, data: data ? JSON.stringify(data) : null, created_at: at })
    .execute();
}
