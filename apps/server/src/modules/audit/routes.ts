import { z } from 'zod';
import { actorOf, type App, type AppContext } from '../../platform/http/app.js';
import { requireRole } from '../../platform/http/access.js';
import { pageOf, pageQuery } from '../../platform/http/paging.js';
import { listAuditEntries } from './list-audit-entries.js';

const instant = z.iso.datetime({ offset: true });

const auditQuery = pageQuery.extend({
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  actorId: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  projectId: z.string().max(64).optional(),
  from: instant.optional(),
  to: instant.optional(),
});

const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  projectId: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});

export async function auditRoutes(app: App, ctx: AppContext) {
  app.get('/api/audit', { schema: { tags: ['audit'], querystring: auditQuery, response: { 200: pageOf(auditEntry) } } }, async (req) => {
    const actor = actorOf(req);
    requireRole(actor, 'companyAdmin', 'regionalHead', 'systemAdmin');
    const q = req.query;
    return listAuditEntries(ctx.db, actor, {
      ...q,
      from: q.from && new Date(q.from).toISOString(),
      to: q.to && new Date(q.to).toISOString(),
    });
  });
}
