import type { Notifier } from '../../platform/http/notifier.js';

/** The live event of a sales center's board: something on it changed, read it again. */
export const BOARD_EVENT = 'reception.board';

export const boardKey = (salesCenterId: string) => `salesCenter:${salesCenterId}`;

/** Tells the board's open streams in this process to refresh. Call only after commit. */
export function publishBoard(notifier: Notifier | undefined, salesCenterId: string, reason: string): void {
  notifier?.publish(boardKey(salesCenterId), { type: BOARD_EVENT, data: { salesCenterId, reason } });
}
