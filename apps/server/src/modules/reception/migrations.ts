import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const receptionMigrations: Record<string, Migration> = {
  '0040_reception_settings_and_rosters': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('reception_settings'), { project: 'required' })
          .addColumn('sales_center_id', 'text', (c) => c.notNull().references('sales_centers.id'))
          .addColumn('alert_threshold_seconds', 'integer', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('reception_settings_center_ux').on('reception_settings').column('sales_center_id').unique().execute();

      await stampColumns(
        tenantColumns(db.schema.createTable('reception_duty_rosters'), { project: 'required' })
          .addColumn('sales_center_id', 'text', (c) => c.notNull().references('sales_centers.id'))
          .addColumn('duty_date', 'text', (c) => c.notNull())
          .addColumn('consultant_id', 'text', (c) => c.notNull().references('users.id'))
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('on_duty', 'integer', (c) => c.notNull())
          .addColumn('turn_credit', 'integer', (c) => c.notNull().defaultTo(0)),
      ).execute();
      await db.schema
        .createIndex('reception_duty_rosters_day_ux')
        .on('reception_duty_rosters')
        .columns(['sales_center_id', 'duty_date', 'consultant_id'])
        .unique()
        .execute();
    },
  },
  '0041_reception_visits': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('reception_visits'), { project: 'required' })
          .addColumn('sales_center_id', 'text', (c) => c.notNull().references('sales_centers.id'))
          .addColumn('visit_date', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('visitor_name', 'text', (c) => c.notNull())
          .addColumn('visitor_phone', 'text')
          .addColumn('party_size', 'integer', (c) => c.notNull())
          .addColumn('consent_recorded', 'integer', (c) => c.notNull())
          .addColumn('consultant_id', 'text', (c) => c.notNull().references('users.id'))
          .addColumn('assigned_via', 'text', (c) => c.notNull())
          .addColumn('rotation_turn', 'integer')
          .addColumn('skipped_consultant_id', 'text')
          .addColumn('override_reason', 'text')
          .addColumn('overridden_by', 'text')
          .addColumn('appointment_at', 'text')
          .addColumn('shuttle_bus', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('vip_checklist', 'text')
          .addColumn('note', 'text')
          .addColumn('checked_in_at', 'text')
          .addColumn('checked_in_by', 'text')
          .addColumn('notified_at', 'text')
          .addColumn('received_at', 'text')
          .addColumn('received_by', 'text')
          .addColumn('departed_at', 'text')
          .addColumn('closing_question_asked', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('accompaniment_complete', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('cancelled_at', 'text')
          .addColumn('cancel_reason', 'text')
          .addColumn('created_by', 'text', (c) => c.notNull()),
      ).execute();
      // The board's day, the consultant's own list, and the one guard against two check-ins taking one rotation turn
      // (NULL turns — appointments, requested consultants — never clash, on either database).
      await db.schema.createIndex('reception_visits_center_day_ix').on('reception_visits').columns(['sales_center_id', 'visit_date', 'status']).execute();
      await db.schema.createIndex('reception_visits_consultant_day_ix').on('reception_visits').columns(['consultant_id', 'visit_date']).execute();
      await db.schema.createIndex('reception_visits_turn_ux').on('reception_visits').columns(['sales_center_id', 'visit_date', 'rotation_turn']).unique().execute();

      await db.schema
        .createTable('reception_visit_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('visit_id', 'text', (c) => c.notNull().references('reception_visits.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('step', 'text')
        .addColumn('outcome', 'text')
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text')
        .addColumn('actor_id', 'text')
        .addColumn('data', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('reception_visit_events_visit_ix').on('reception_visit_events').columns(['visit_id', 'id']).execute();
    },
  },
  '0042_reception_handoff_alerts': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('reception_handoff_alerts'), { project: 'required' })
          .addColumn('sales_center_id', 'text', (c) => c.notNull().references('sales_centers.id'))
          .addColumn('visit_id', 'text', (c) => c.notNull().references('reception_visits.id'))
          .addColumn('consultant_id', 'text', (c) => c.notNull())
          .addColumn('notified_at', 'text', (c) => c.notNull())
          .addColumn('raised_at', 'text', (c) => c.notNull())
          .addColumn('handled_at', 'text')
          .addColumn('handled_by', 'text')
          .addColumn('handled_how', 'text')
          .addColumn('note', 'text'),
      ).execute();
      // A job may run twice (at-least-once): one alert per notification of a consultant, whatever the timing.
      await db.schema.createIndex('reception_handoff_alerts_notice_ux').on('reception_handoff_alerts').columns(['visit_id', 'notified_at']).unique().execute();
      await db.schema.createIndex('reception_handoff_alerts_center_ix').on('reception_handoff_alerts').columns(['sales_center_id', 'handled_at']).execute();
    },
  },
  '0043_reception_services': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('reception_reference_services'), { project: 'required' })
          .addColumn('number', 'integer', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('origin', 'text', (c) => c.notNull()),
      ).execute();
      // Also what makes the lazy copy of the 20 defaults safe when two first reads race.
      await db.schema.createIndex('reception_reference_services_number_ux').on('reception_reference_services').columns(['project_id', 'number']).unique().execute();

      await db.schema
        .createTable('reception_service_records')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('sales_center_id', 'text', (c) => c.notNull().references('sales_centers.id'))
        .addColumn('service_id', 'text', (c) => c.notNull().references('reception_reference_services.id'))
        .addColumn('visit_id', 'text', (c) => c.references('reception_visits.id'))
        .addColumn('note', 'text')
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('record_date', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('reception_service_records_center_day_ix').on('reception_service_records').columns(['sales_center_id', 'record_date']).execute();
      await db.schema.createIndex('reception_service_records_visit_ix').on('reception_service_records').column('visit_id').execute();
    },
  },
};
