import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { containsText } from '../../platform/db/text-search.js';
import type { Actor } from '../../platform/http/actor.js';
import { isCompanyWide } from '../../platform/http/access.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import type { ListVendorsQuery } from './schemas.js';
import type { VendorRow } from './vendor-record.js';

/**
 * Company-wide roles see every vendor of the company; other staff see the vendors serving one of
 * their projects (and vendor staff their own vendor).
 */
export async function listVendors(db: DbOrTx, actor: Actor, query: ListVendorsQuery): Promise<Page<VendorRow>> {
  let q = db.selectFrom('vendors').selectAll('vendors').where('vendors.company_id', '=', actor.companyId);
  if (!isCompanyWide(actor)) {
    const projectIds = actor.projectIds;
    const ownVendor = actor.vendorId;
    q = q.where((eb) => {
      const serving = projectIds.length
        ? eb.exists(eb.selectFrom('vendor_projects').select('vendor_projects.vendor_id').whereRef('vendor_projects.vendor_id', '=', 'vendors.id').where('vendor_projects.project_id', 'in', projectIds))
        : sql<boolean>`1 = 0`;
      return ownVendor ? eb.or([serving, eb('vendors.id', '=', ownVendor)]) : serving;
    });
  }
  if (query.q) q = q.where(containsText(['vendors.name', 'vendors.service_type', 'vendors.contact_name'], query.q));
  if (query.projectId) {
    const projectId = query.projectId;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('vendor_projects').select('vendor_projects.vendor_id').whereRef('vendor_projects.vendor_id', '=', 'vendors.id').where('vendor_projects.project_id', '=', projectId)),
    );
  }
  return paginate(q, (p) => p.orderBy('vendors.name').orderBy('vendors.id'), query);
}
