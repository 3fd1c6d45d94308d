import type { Migration } from 'kysely';

export const lifeInfoMigrations: Record<string, Migration> = {};
