import type { Migration } from 'kysely';

export const serviceProfileMigrations: Record<string, Migration> = {};
