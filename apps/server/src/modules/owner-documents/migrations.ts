import type { Migration } from 'kysely';

export const ownerDocumentMigrations: Record<string, Migration> = {};
