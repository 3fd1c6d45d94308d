import type { Migration } from 'kysely';

export const consentMigrations: Record<string, Migration> = {};
