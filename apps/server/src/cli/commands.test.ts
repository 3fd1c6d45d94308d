import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../platform/config.js';
import { createTestDb } from '../testing/test-db.js';
import { verifyPassword } from '../modules/auth/password.js';
import { commands, describeError } from './commands.js';

let h: Awaited<ReturnType<typeof createTestDb>>;
const config = () => ({ ...loadConfig({ DATA_DIR: h.dataDir }), webDist: null });
const run = (name: string, flags: Record<string, string>) => commands[name].run(h.db, flags, config());

beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h.close());

describe('operator CLI', () => {
  it('operator: creates a company, a project under a new regional company, and a butler who can log in', async () => {
    await expect(run('create-company', { name: '测试物业', code: 'T1' })).resolves.toMatch(/^company T1 created/);
    await expect(run('create-project', { company: 'T1', region: '华南地区公司', name: '测试楼盘', code: 'P1' })).resolves.toMatch(/^project P1 created/);
    await expect(run('create-user', { company: 'T1', username: 'Li.Na', name: '李娜', roles: 'butler', projects: 'P1', password: 'S3cret-pass' })).resolves.toMatch(/^user li\.na created/);

    const user = await h.db.selectFrom('users').selectAll().where('username', '=', 'li.na').executeTakeFirstOrThrow();
    expect(JSON.parse(user.roles)).toEqual(['butler']);
    const grants = await h.db.selectFrom('user_projects').innerJoin('projects', 'projects.id', 'user_projects.project_id').select('projects.code').where('user_id', '=', user.id).execute();
    expect(grants).toEqual([{ code: 'P1' }]);
    const audit = await h.db.selectFrom('audit_log').select(['entity_type', 'actor_name']).where('entity_type', 'in', ['company', 'region', 'project', 'user']).execute();
    expect(audit.map((a) => a.entity_type).sort()).toEqual(['company', 'project', 'region', 'user']);
  });

  it('operator: resets a password; the old one stops working', async () => {
    await run('reset-password', { username: 'li.na', password: 'N3w-pass-2026' });
    const user = await h.db.selectFrom('users').select('password_hash').where('username', '=', 'li.na').executeTakeFirstOrThrow();
    expect(await verifyPassword(user.password_hash, 'N3w-pass-2026')).toBe(true);
    expect(await verifyPassword(user.password_hash, 'S3cret-pass')).toBe(false);
  });

  it('operator: a duplicate code, an unknown project and a missing flag are explained and write nothing', async () => {
    const before = await h.db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await expect(run('create-project', { company: 'T1', region: '华南地区公司', name: '另一个', code: 'P1' }).catch(describeError)).resolves.toContain('编码“P1”已存在');
    await expect(run('create-user', { company: 'T1', username: 'x1', name: 'X', roles: 'butler', projects: 'P9', password: 'S3cret-pass' }).catch(describeError)).resolves.toContain('unknown project code(s): P9');
    await expect(run('create-user', { company: 'T1', username: 'x2', name: 'X', roles: 'wizard', password: 'S3cret-pass' }).catch(describeError)).resolves.toContain('unknown role(s): wizard');
    await expect(run('create-company', { name: 'X' }).catch(describeError)).resolves.toBe('--code is required');
    const after = await h.db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
