import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { ROLES, type Role } from '@guanjia/domain';
import type { Config } from '../platform/config.js';
import type { Db } from '../platform/db/database.js';
import { inTransaction } from '../platform/db/transaction.js';
import { AppError } from '../platform/http/errors.js';
import { translate } from '../platform/http/i18n.js';
import { hashPassword } from '../modules/auth/password.js';
import { createCompany } from '../modules/org/create-company.js';
import { createProject } from '../modules/org/create-project.js';
import { createRegion } from '../modules/org/create-region.js';
import { createUser } from '../modules/staff/create-user.js';
import { resetPassword } from '../modules/staff/reset-password.js';
import { seedDemo } from '../demo/seed-demo.js';
import { CliError, operatorActor } from './operator-actor.js';

export type Flags = Record<string, string | undefined>;

export interface Command {
  usage: string;
  summary: string;
  run(db: Db, flags: Flags, config: Config): Promise<string>;
}

function need(flags: Flags, name: string): string {
  const v = flags[name]?.trim();
  if (!v) throw new CliError(`--${name} is required`);
  return v;
}

/** Use-case errors carry i18n keys; the CLI prints them in Chinese with the fields they name. */
export function describeError(err: unknown): string {
  if (err instanceof AppError) {
    const fields = err.fields ? Object.entries(err.fields).map(([k, v]) => `  ${k}: ${translate('zh-CN', v, err.params)}`) : [];
    return [translate('zh-CN', err.messageKey, err.params), ...fields].join('\n');
  }
  return err instanceof Error ? err.message : String(err);
}

export const commands: Record<string, Command> = {
  'create-company': {
    usage: '--name <name> --code <code>',
    summary: 'create a property company',
    async run(db, f) {
      const c = await inTransaction(db, (trx) => createCompany(trx, null, { name: need(f, 'name'), code: need(f, 'code') }));
      return `company ${c.code} created (${c.id})`;
    },
  },
  'create-project': {
    usage: '--company <code> --region <name> --name <name> --code <code> [--city <city>] [--address <address>]',
    summary: 'create a project (楼盘); the regional company is created when new',
    async run(db, f) {
      const actor = await operatorActor(db, need(f, 'company'));
      const regionName = need(f, 'region');
      const p = await inTransaction(db, async (trx) => {
        const region =
          (await trx.selectFrom('regions').select('id').where('company_id', '=', actor.companyId).where('name', '=', regionName).executeTakeFirst()) ??
          (await createRegion(trx, actor, { name: regionName }));
        return createProject(trx, actor, { name: need(f, 'name'), code: need(f, 'code'), regionId: region.id, city: f.city ?? null, address: f.address ?? null });
      });
      return `project ${p.code} created (${p.id})`;
    },
  },
  'create-user': {
    usage: '--company <code> --username <u> --name <name> --roles <r1,r2> [--projects <code1,code2>] [--phone <phone>] --password <pw>',
    summary: `create a staff account; roles: ${ROLES.filter((r) => r !== 'owner').join(', ')}`,
    async run(db, f) {
      const actor = await operatorActor(db, need(f, 'company'));
      const roles = need(f, 'roles').split(',').map((r) => r.trim()) as Role[];
      const bad = roles.filter((r) => !ROLES.includes(r));
      if (bad.length) throw new CliError(`unknown role(s): ${bad.join(', ')}`);
      const password = need(f, 'password');
      if (password.length < 8) throw new CliError('--password must have at least 8 characters');
      const codes = (f.projects ?? '').split(',').map((c) => c.trim()).filter(Boolean);
      const projects = codes.length ? await db.selectFrom('projects').select(['id', 'code']).where('company_id', '=', actor.companyId).where('code', 'in', codes).execute() : [];
      const missing = codes.filter((c) => !projects.some((p) => p.code === c));
      if (missing.length) throw new CliError(`unknown project code(s): ${missing.join(', ')}`);
      const passwordHash = await hashPassword(password);
      const u = await inTransaction(db, (trx) =>
        createUser(trx, actor, { username: need(f, 'username'), name: need(f, 'name'), phone: f.phone ?? null, roles, projectIds: projects.map((p) => p.id), passwordHash } as Parameters<typeof createUser>[2]),
      );
      return `user ${u.username} created (${u.id})`;
    },
  },
  'reset-password': {
    usage: '--username <u> --password <pw>',
    summary: "set a user's password (ends their sessions)",
    async run(db, f) {
      const username = need(f, 'username').toLowerCase();
      const password = need(f, 'password');
      if (password.length < 8) throw new CliError('--password must have at least 8 characters');
      const user = await db.selectFrom('users').innerJoin('companies', 'companies.id', 'users.company_id').select(['users.id', 'companies.code']).where('username', '=', username).executeTakeFirst();
      if (!user) throw new CliError(`no user "${username}"`);
      const actor = await operatorActor(db, user.code);
      const passwordHash = await hashPassword(password);
      await inTransaction(db, (trx) => resetPassword(trx, actor, user.id, passwordHash));
      return `password of ${username} reset`;
    },
  },
  'seed-demo': {
    usage: '',
    summary: 'seed the demo data (once per database)',
    async run(db, _f, config) {
      return (await seedDemo(db, config.demoPassword)) ? 'demo seeded' : 'demo already present; nothing done';
    },
  },
  backup: {
    usage: '--to <file>',
    summary: 'online backup of the SQLite database (PostgreSQL: use pg_dump)',
    async run(_db, f, config) {
      if (config.databaseUrl) throw new CliError('backup is for SQLite; on PostgreSQL use pg_dump (see README)');
      const target = path.resolve(need(f, 'to'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const source = new SQLite(path.join(config.dataDir, 'guanjia.db'), { readonly: true, fileMustExist: true });
      try {
        await source.backup(target);
      } finally {
        source.close();
      }
      return `backup written to ${target}`;
    },
  },
};
