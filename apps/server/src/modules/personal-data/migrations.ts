import type { Migration } from 'kysely';

export const personalDataMigrations: Record<string, Migration> = {};
