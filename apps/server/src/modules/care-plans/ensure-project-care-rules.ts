import { uuidv7 } from '@guanjia/domain';
import { DEFAULT_CARE_RULES } from '@guanjia/domain/care-plans/index';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';

/**
 * A project's rules start as the seed's four examples. They are written the first time the project's
 * rules are needed (the rules page, a suggestion refresh), so a project created later needs no hook;
 * concurrent first reads insert each default once (unique project + key, conflicts ignored).
 */
export async function ensureProjectCareRules(trx: Tx, project: { companyId: string; projectId: string }, at: string = new Date().toISOString()): Promise<void> {
  const any = await trx.selectFrom('care_rules').select('id').where('project_id', '=', project.projectId).limit(1).executeTakeFirst();
  if (any) return;
  for (const rule of DEFAULT_CARE_RULES) {
    await trx
      .insertInto('care_rules')
      .values({
        id: uuidv7(),
        company_id: project.companyId,
        project_id: project.projectId,
        rule_key: rule.key,
        name: rule.name,
        description: rule.description,
        condition: JSON.stringify(rule.condition),
        actions: JSON.stringify(rule.actions),
        enabled: 1,
        origin: 'seed',
        updated_by: null,
        ...newRowStamp(at),
      })
      .onConflict((oc) => oc.columns(['project_id', 'rule_key']).doNothing())
      .execute();
  }
}
