import { uuidv7 } from '@guanjia/domain';
import { newRowStamp } from '../../platform/db/transaction.js';
import type { EventPlanRow } from './event-plan-access.js';

/** What a new plan must be told; its approval, the event itself, the review and a cancellation start empty. */
export type NewEventPlan = Pick<EventPlanRow, 'company_id' | 'project_id' | 'sales_center_id' | 'kind' | 'title' | 'event_date' | 'major' | 'created_by'> &
  Partial<EventPlanRow>;

export function newEventPlanRow(at: string, fields: NewEventPlan): EventPlanRow {
  return {
    id: uuidv7(),
    lead_group: '[]',
    assignments: '[]',
    order_plan: '',
    emergency_plan: '',
    status: 'draft',
    approval_request_id: null,
    submitted_by: null,
    submitted_at: null,
    decided_at: null,
    held_by: null,
    held_at: null,
    review_went_well: null,
    review_problems: null,
    review_photo_ids: '[]',
    reviewed_by: null,
    reviewed_at: null,
    rehearsal_confirmed_by: null,
    rehearsal_confirmed_at: null,
    cancelled_by: null,
    cancelled_at: null,
    cancel_reason: null,
    ...newRowStamp(at),
    ...fields,
  };
}
