import type { Migration } from 'kysely';

export const ownerVisitMigrations: Record<string, Migration> = {};
