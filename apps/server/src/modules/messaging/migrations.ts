import type { Migration } from 'kysely';

export const messagingMigrations: Record<string, Migration> = {};
