import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const dealMigrations: Record<string, Migration> = {
  '0102_deals': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('deals'), { project: 'required' })
          .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
          .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
          .addColumn('owner_id', 'text', (c) => c.notNull().references('owners.id'))
          .addColumn('buyer_name', 'text', (c) => c.notNull())
          .addColumn('buyer_phone', 'text', (c) => c.notNull())
          .addColumn('buyer_id_number', 'text')
          .addColumn('co_buyers', 'text', (c) => c.notNull())
          .addColumn('signing_date', 'text', (c) => c.notNull())
          .addColumn('contract_number', 'text')
          .addColumn('sales_consultant_name', 'text')
          .addColumn('external_ref', 'text')
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('cancel_reason', 'text')
          .addColumn('cancelled_at', 'text')
          .addColumn('butler_id', 'text')
          .addColumn('recorded_by', 'text'),
      ).execute();
      // NULLs never clash in a unique index on either database, so deals without these pass freely.
      await db.schema.createIndex('deals_external_ref_uq').on('deals').columns(['project_id', 'external_ref']).unique().execute();
      await db.schema.createIndex('deals_contract_number_uq').on('deals').columns(['project_id', 'contract_number']).unique().execute();
      await db.schema.createIndex('deals_project_signing_ix').on('deals').columns(['project_id', 'signing_date', 'id']).execute();
      await db.schema.createIndex('deals_unit_ix').on('deals').columns(['unit_id', 'status']).execute();
      await db.schema.createIndex('deals_owner_ix').on('deals').columns(['owner_id', 'status']).execute();

      await stampColumns(
        tenantColumns(db.schema.createTable('deal_onboarding_items'), { project: 'required' })
          .addColumn('deal_id', 'text', (c) => c.notNull().references('deals.id'))
          .addColumn('item', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('reason', 'text')
          .addColumn('done_by', 'text')
          .addColumn('done_at', 'text'),
      ).execute();
      await db.schema.createIndex('deal_onboarding_items_uq').on('deal_onboarding_items').columns(['deal_id', 'item']).unique().execute();

      await tenantColumns(db.schema.createTable('deal_events'), { project: 'required' })
        .addColumn('deal_id', 'text', (c) => c.notNull().references('deals.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('data', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('deal_events_deal_ix').on('deal_events').columns(['deal_id', 'id']).execute();
    },
  },
  '0103_deal_webhook': {
    async up(db: Kysely<unknown>) {
      await tenantColumns(db.schema.createTable('deal_webhook_secrets'), { project: 'required' })
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('rotated_at', 'text', (c) => c.notNull())
        .addColumn('rotated_by', 'text', (c) => c.notNull())
        .addUniqueConstraint('deal_webhook_secrets_project_uq', ['project_id'])
        .execute();
      await tenantColumns(db.schema.createTable('deal_webhook_deliveries'), { project: 'required' })
        .addColumn('delivery_id', 'text', (c) => c.notNull())
        .addColumn('signature', 'text', (c) => c.notNull())
        .addColumn('deal_id', 'text')
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('deal_webhook_deliveries_uq', ['project_id', 'delivery_id'])
        // The delivery id is not signed: a captured request resent under a new id repeats its signature.
        .addUniqueConstraint('deal_webhook_signatures_uq', ['project_id', 'signature'])
        .execute();
      await db.schema.createIndex('deal_webhook_deliveries_received_ix').on('deal_webhook_deliveries').column('received_at').execute();
    },
  },
  '0170_deal_cancel_kind': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('deals').addColumn('cancel_kind', 'text').execute();
    },
  },
};
