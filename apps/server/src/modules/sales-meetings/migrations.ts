import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const salesMeetingMigrations: Record<string, Migration> = {
  '0055_sales_meetings': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('sales_meetings'), { project: 'required' })
          .addColumn('sales_center_id', 'text', (c) => c.references('sales_centers.id'))
          .addColumn('meeting_date', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('attendees', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('notes', 'text')
          .addColumn('recorded_by', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('sales_meetings_project_date_ix').on('sales_meetings').columns(['project_id', 'meeting_date']).execute();

      await stampColumns(
        tenantColumns(db.schema.createTable('sales_meeting_issues'), { project: 'required' })
          .addColumn('meeting_id', 'text', (c) => c.notNull().references('sales_meetings.id'))
          .addColumn('raised_on', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull())
          .addColumn('owner_name', 'text', (c) => c.notNull())
          .addColumn('owner_user_id', 'text')
          .addColumn('due_date', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('resolution', 'text')
          .addColumn('raised_by', 'text', (c) => c.notNull())
          .addColumn('closed_at', 'text')
          .addColumn('closed_on', 'text'),
      ).execute();
      // The open-issues board of a project, the issues of a meeting, and those carried into a later one.
      await db.schema.createIndex('sales_meeting_issues_project_status_ix').on('sales_meeting_issues').columns(['project_id', 'status', 'due_date']).execute();
      await db.schema.createIndex('sales_meeting_issues_meeting_ix').on('sales_meeting_issues').column('meeting_id').execute();
      await db.schema.createIndex('sales_meeting_issues_project_raised_ix').on('sales_meeting_issues').columns(['project_id', 'raised_on']).execute();

      await db.schema
        .createTable('sales_meeting_issue_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('issue_id', 'text', (c) => c.notNull().references('sales_meeting_issues.id'))
        .addColumn('meeting_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text')
        .addColumn('note', 'text')
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sales_meeting_issue_events_issue_ix').on('sales_meeting_issue_events').columns(['issue_id', 'id']).execute();
    },
  },
};
