import { uuidv7 } from '@guanjia/domain';
import { newRowStamp } from '../../platform/db/transaction.js';
import type { VisitRow } from './reception-access.js';

/** What a new visit row must be told; everything that happens later starts empty. */
export type NewVisit = Pick<
  VisitRow,
  | 'company_id'
  | 'project_id'
  | 'sales_center_id'
  | 'visit_date'
  | 'type'
  | 'status'
  | 'visitor_name'
  | 'visitor_phone'
  | 'party_size'
  | 'consent_recorded'
  | 'consultant_id'
  | 'assigned_via'
  | 'created_by'
> &
  Partial<VisitRow>;

/** A visit row (an appointment, or a visitor checked in) with the later columns empty and a fresh id and stamp. */
export function newVisitRow(at: string, fields: NewVisit): VisitRow {
  return {
    id: uuidv7(),
    rotation_turn: null,
    skipped_consultant_id: null,
    override_reason: null,
    overridden_by: null,
    appointment_at: null,
    shuttle_bus: 0,
    vip_checklist: null,
    note: null,
    checked_in_at: null,
    checked_in_by: null,
    notified_at: null,
    received_at: null,
    received_by: null,
    departed_at: null,
    closing_question_asked: 0,
    accompaniment_complete: 0,
    cancelled_at: null,
    cancel_reason: null,
    ...newRowStamp(at),
    ...fields,
  };
}
