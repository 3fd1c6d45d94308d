import type { Migration } from 'kysely';

export const lifeSecretaryMigrations: Record<string, Migration> = {};
