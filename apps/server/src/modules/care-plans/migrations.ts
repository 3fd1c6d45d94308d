import type { Migration } from 'kysely';

export const carePlanMigrations: Record<string, Migration> = {};
