import type { Migration } from 'kysely';

export const dealMigrations: Record<string, Migration> = {};
