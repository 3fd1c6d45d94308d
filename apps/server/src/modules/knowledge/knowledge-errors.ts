import type { KnowledgeVersionAction, KnowledgeVersionStatus } from '@guanjia/domain/knowledge/knowledge-flow';
import { AppError, ValidationError } from '../../platform/http/errors.js';

/** 409: the version's state does not allow the action, named in the caller's language. */
export class KnowledgeTransitionError extends AppError {
  constructor(from: KnowledgeVersionStatus, action: KnowledgeVersionAction | 'edit') {
    super(409, 'FORBIDDEN_TRANSITION', 'knowledge.error.forbiddenTransition', { status: `knowledge.status.${from}`, action: `knowledge.action.${action}` }, undefined, {
      entity: 'knowledgeVersion',
      from,
      action,
    });
  }
}

/** 400 naming one field. */
export function fieldError(field: string, messageKey: string): ValidationError {
  return new ValidationError({ [field]: messageKey });
}
