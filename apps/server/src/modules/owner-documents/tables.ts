import type { OwnerDocumentKind, TemplateStatus } from '@guanjia/domain/owner-documents/index';
import type { Stamped } from '../org/tables.js';

/**
 * One version of a document an owner signs (前期物业服务协议, 临时管理规约, 装修管理规定, 物业管家服务手册)
 * for one project. `version_no` counts 1, 2, 3… per project and kind; `version` is the row's lock.
 */
export interface OwnerDocumentTemplateTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  kind: OwnerDocumentKind;
  version_no: number;
  title: string;
  /** Plain text, one paragraph per line. */
  body: string;
  status: TemplateStatus;
  created_by: string;
  published_by: string | null;
  published_at: string | null;
  retired_at: string | null;
}

/** The history of a template version: created, edited, published, retired. */
export interface OwnerDocumentTemplateEventTable {
  id: string;
  company_id: string;
  project_id: string;
  template_id: string;
  action: 'create' | 'edit' | 'publish' | 'retire';
  actor_id: string;
  data: string | null;
  created_at: string;
}

/**
 * An owner's signature of one template version. Title, body and version are copied here when it is
 * signed, so a later version (or an edit anywhere) never changes what this owner signed.
 */
export interface OwnerDocumentSignatureTable {
  id: string;
  company_id: string;
  project_id: string;
  template_id: string;
  kind: OwnerDocumentKind;
  owner_id: string;
  household_id: string | null;
  invitation_id: string;
  version_no: number;
  title: string;
  body: string;
  /** SHA-256 (hex) of signedTextOf(title, version, body). */
  text_sha256: string;
  signature_file_id: string;
  pdf_file_id: string;
  /** The phone's User-Agent and address when it was signed. */
  device: string | null;
  ip: string | null;
  signed_at: string;
}

export interface OwnerDocumentTables {
  owner_document_templates: OwnerDocumentTemplateTable;
  owner_document_template_events: OwnerDocumentTemplateEventTable;
  owner_document_signatures: OwnerDocumentSignatureTable;
}
