import type { DbOrTx } from '../platform/db/transaction.js';
import type { Actor } from '../platform/http/actor.js';

/** The operator at the command line acts as a company administrator of the company named by code. */
export async function operatorActor(db: DbOrTx, companyCode: string): Promise<Actor> {
  const company = await db.selectFrom('companies').select(['id', 'code']).where('code', '=', companyCode).executeTakeFirst();
  if (!company) throw new CliError(`no company with code "${companyCode}" (create it with create-company)`);
  const projects = await db.selectFrom('projects').select('id').where('company_id', '=', company.id).execute();
  return {
    userId: 'cli',
    username: 'cli',
    name: '命令行 (cli)',
    companyId: company.id,
    kind: 'staff',
    roles: ['companyAdmin', 'systemAdmin'],
    projectIds: projects.map((p) => p.id),
    ownerId: null,
    vendorId: null,
    departmentId: null,
  };
}

export class CliError extends Error {}
