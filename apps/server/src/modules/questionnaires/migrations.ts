import type { Migration } from 'kysely';

export const questionnaireMigrations: Record<string, Migration> = {};
