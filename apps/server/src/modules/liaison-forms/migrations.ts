import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const liaisonFormMigrations: Record<string, Migration> = {
  '0053_liaison_forms': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('liaison_forms'), { project: 'required' })
          .addColumn('number', 'text', (c) => c.notNull())
          .addColumn('subject', 'text', (c) => c.notNull())
          .addColumn('content', 'text', (c) => c.notNull())
          .addColumn('attachment_ids', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('from_service_center_id', 'text')
          .addColumn('to_department_id', 'text', (c) => c.notNull().references('departments.id'))
          .addColumn('due_date', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('issued_by', 'text')
          .addColumn('issued_at', 'text')
          .addColumn('acknowledged_by', 'text')
          .addColumn('acknowledged_at', 'text')
          .addColumn('reply_text', 'text')
          .addColumn('replied_by', 'text')
          .addColumn('replied_at', 'text')
          .addColumn('returned_by', 'text')
          .addColumn('returned_at', 'text')
          .addColumn('cancelled_by', 'text')
          .addColumn('cancelled_at', 'text')
          .addColumn('cancel_reason', 'text')
          // Numbers count per company and day, so they are unique per company.
          .addUniqueConstraint('liaison_forms_number_uq', ['company_id', 'number']),
      ).execute();
      // A project's list newest first, and the open forms by due date (overdue list, reminders).
      await db.schema.createIndex('liaison_forms_project_ix').on('liaison_forms').columns(['project_id', 'id']).execute();
      await db.schema.createIndex('liaison_forms_status_due_ix').on('liaison_forms').columns(['status', 'due_date']).execute();

      await db.schema
        .createTable('liaison_form_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('form_id', 'text', (c) => c.notNull().references('liaison_forms.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text')
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('liaison_form_events_form_ix').on('liaison_form_events').columns(['form_id', 'id']).execute();
    },
  },
  '0054_liaison_form_reminders': {
    async up(db: Kysely<unknown>) {
      await tenantColumns(db.schema.createTable('liaison_form_reminders'), { project: 'required' })
        .addColumn('form_id', 'text', (c) => c.notNull().references('liaison_forms.id'))
        .addColumn('reminder_date', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('recipients', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      // Once per form per day, however often the job runs.
      await db.schema.createIndex('liaison_form_reminders_day_ux').on('liaison_form_reminders').columns(['form_id', 'reminder_date']).unique().execute();
    },
  },
};
