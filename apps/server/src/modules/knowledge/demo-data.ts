import { uuidv7 } from '@guanjia/domain';
import type { DemoIds } from '../../demo/seed-demo.js';
import { newRowStamp, nowIso, type Tx } from '../../platform/db/transaction.js';
import { DEMO_BANK_PROJECT_1, DEMO_BANK_PROJECT_2, DEMO_DESK_LOG, fillPlaceholders, type DemoBankEntry } from './demo-bank.js';
import { buildSearchRows, replaceSearchRows } from './index-knowledge-entry.js';
import type { KnowledgeEntryRow, KnowledgeVersionRow } from './knowledge-access.js';

/**
 * The consultation desk's bank for both demo projects, seeded as published first versions (no
 * approval requests: the demo's sales wording counts as already agreed with marketing), indexed
 * for search, and a morning of questions at project 1's desk, two of them unanswered.
 */
export async function seedKnowledgeDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const company = await trx.selectFrom('companies').select('name').where('id', '=', ids.companyId).executeTakeFirstOrThrow();
  const developer = await trx.selectFrom('developers').select('name').where('id', '=', ids.developerId).executeTakeFirstOrThrow();
  const banks: [string, readonly DemoBankEntry[], { author: string; service: string; sales: string }][] = [
    [ids.projectIds[0], DEMO_BANK_PROJECT_1, { author: ids.users.butler, service: ids.users.manager, sales: ids.users.marketing }],
    [ids.projectIds[1], DEMO_BANK_PROJECT_2, { author: ids.users.butler2, service: ids.users.admin, sales: ids.users.admin }],
  ];
  const entryIdsByKey = new Map<string, string>();
  for (const [projectId, bank, people] of banks) {
    const project = await trx.selectFrom('projects').select('name').where('id', '=', projectId).executeTakeFirstOrThrow();
    const center = await trx.selectFrom('service_centers').select(['open_time', 'close_time', 'phone']).where('project_id', '=', projectId).executeTakeFirst();
    const values = {
      project: project.name,
      company: company.name,
      developer: developer.name,
      serviceHours: center ? `${center.open_time}–${center.close_time}` : '',
      serviceCenterPhone: center?.phone ?? '',
    };
    for (const item of bank) {
      const entryId = await seedEntry(trx, ids, projectId, item, values, people);
      if (projectId === ids.projectIds[0]) entryIdsByKey.set(item.key, entryId);
    }
  }
  await seedDeskLog(trx, ids, entryIdsByKey);
}

async function seedEntry(
  trx: Tx,
  ids: DemoIds,
  projectId: string,
  item: DemoBankEntry,
  values: Record<string, string>,
  people: { author: string; service: string; sales: string },
): Promise<string> {
  const at = nowIso();
  const approver = item.bank === 'sales' ? people.sales : people.service;
  const entry: KnowledgeEntryRow = {
    id: uuidv7(),
    company_id: ids.companyId,
    project_id: projectId,
    bank: item.bank,
    category: item.category,
    title: item.question,
    published_version_id: null,
    published_at: at,
    retired_at: null,
    last_version_no: 1,
    question_length: 0,
    keywords_length: 0,
    answer_length: 0,
    created_by: people.author,
    source_desk_log_id: null,
    ...newRowStamp(at),
  };
  const version: KnowledgeVersionRow = {
    id: uuidv7(),
    company_id: ids.companyId,
    project_id: projectId,
    entry_id: entry.id,
    number: 1,
    question: item.question,
    keywords: JSON.stringify(item.keywords),
    answer: fillPlaceholders(item.answer, values),
    status: 'published',
    author_id: people.author,
    submitted_by: people.author,
    submitted_at: at,
    approval_request_id: null,
    approved_by: approver,
    published_at: at,
    superseded_at: null,
    retired_at: null,
    rejected_by: null,
    rejected_at: null,
    rejection_reason: null,
    ...newRowStamp(at),
  };
  const { rows, lengths } = buildSearchRows(entry, version);
  await trx.insertInto('knowledge_entries').values({ ...entry, ...lengths, published_version_id: version.id }).execute();
  await trx.insertInto('knowledge_versions').values(version).execute();
  const names = await trx.selectFrom('users').select(['id', 'name']).where('id', 'in', [people.author, approver]).execute();
  const nameOf = (id: string) => names.find((n) => n.id === id)?.name ?? '';
  const tenancy = { company_id: ids.companyId, project_id: projectId, entry_id: entry.id, version_id: version.id };
  await trx
    .insertInto('knowledge_version_events')
    .values([
      { id: uuidv7(), ...tenancy, action: 'create', from_status: null, to_status: 'draft', actor_id: people.author, actor_name: nameOf(people.author), comment: null, at },
      {
        id: uuidv7(),
        ...tenancy,
        action: item.bank === 'sales' ? 'approve' : 'publish',
        from_status: item.bank === 'sales' ? 'submitted' : 'draft',
        to_status: 'published',
        actor_id: approver,
        actor_name: nameOf(approver),
        comment: null,
        at,
      },
    ])
    .execute();
  await replaceSearchRows(trx, entry.id, rows);
  return entry.id;
}

async function seedDeskLog(trx: Tx, ids: DemoIds, entryIdsByKey: Map<string, string>): Promise<void> {
  const projectId = ids.projectIds[0];
  const center = await trx.selectFrom('sales_centers').select('id').where('project_id', '=', projectId).executeTakeFirst();
  const users = await trx.selectFrom('users').select(['id', 'name', 'username']).where('company_id', '=', ids.companyId).execute();
  for (const item of DEMO_DESK_LOG) {
    const at = new Date(Date.now() - item.minutesAgo * 60_000).toISOString();
    const entryId = item.key ? entryIdsByKey.get(item.key)! : null;
    const published = entryId
      ? await trx.selectFrom('knowledge_entries as e').innerJoin('knowledge_versions as v', 'v.id', 'e.published_version_id').select(['v.id', 'v.answer']).where('e.id', '=', entryId).executeTakeFirstOrThrow()
      : null;
    const user = users.find((u) => u.username === item.by)!;
    await trx
      .insertInto('knowledge_desk_log')
      .values({
        id: uuidv7(),
        company_id: ids.companyId,
        project_id: projectId,
        sales_center_id: center?.id ?? null,
        question: item.question,
        entry_id: entryId,
        version_id: published?.id ?? null,
        answer_given: published?.answer ?? null,
        answered_by: user.id,
        answered_by_name: user.name,
        asked_at: at,
        draft_entry_id: null,
        ...newRowStamp(at),
      })
      .execute();
  }
}
