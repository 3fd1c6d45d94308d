import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/**
 * A broadcast: expanding while the job writes a message per household chunk by chunk, queued once
 * every message is written (delivery then follows the messages' own states). Failed when the job
 * gave up; retrying resumes at the saved cursor, so no household gets a second message.
 */
export const BROADCAST_STATUSES = ['expanding', 'queued', 'failed'] as const;
export type BroadcastStatus = (typeof BROADCAST_STATUSES)[number];

export const BROADCAST_ACTIONS = ['finish', 'fail', 'retry'] as const;
export type BroadcastAction = (typeof BROADCAST_ACTIONS)[number];

export const BROADCAST_TRANSITIONS: TransitionTable<BroadcastStatus, BroadcastAction> = {
  expanding: { finish: 'queued', fail: 'failed' },
  queued: {},
  failed: { retry: 'expanding' },
};

export function broadcastNextState(from: BroadcastStatus, action: BroadcastAction): BroadcastStatus {
  return nextState('broadcast', BROADCAST_TRANSITIONS, from, action);
}

/** What a sender may do with a broadcast in this state (the job's own steps are not offered). */
export function broadcastActions(from: BroadcastStatus): BroadcastAction[] {
  return allowedActions(BROADCAST_TRANSITIONS, from).filter((a) => a === 'retry');
}
