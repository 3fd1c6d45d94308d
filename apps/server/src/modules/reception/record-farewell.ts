import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { VisitRow } from './reception-access.js';
import type { FarewellBody } from './schemas.js';
import { transitionVisit } from './transition-visit.js';

/**
 * 送别: the visitor is seen off and the visit ends. Whether the closing question
 * "请问是否还有其他事需要帮助?" was asked is recorded as it happened; without it the
 * accompaniment stays incomplete.
 */
export async function recordFarewell(trx: Tx, actor: Actor, id: string, input: FarewellBody, now: Date = new Date()): Promise<VisitRow> {
  const { visit } = await transitionVisit(
    trx,
    actor,
    id,
    {
      action: 'depart',
      version: input.version,
      apply: (_before, at) => ({
        changes: { departed_at: at, closing_question_asked: input.closingQuestionAsked ? 1 : 0 },
        step: 'farewell',
        outcome: 'done',
        data: { closingQuestionAsked: input.closingQuestionAsked, ...(input.note ? { note: input.note } : {}) },
      }),
    },
    now,
  );
  return visit;
}
