import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import { broadcastActions, broadcastNextState } from './broadcast-flow.js';

describe('broadcast states', () => {
  it('expanding ends queued or failed; only a failed one is retried, back to expanding', () => {
    expect(broadcastNextState('expanding', 'finish')).toBe('queued');
    expect(broadcastNextState('expanding', 'fail')).toBe('failed');
    expect(broadcastNextState('failed', 'retry')).toBe('expanding');
    expect(() => broadcastNextState('queued', 'retry')).toThrow(ForbiddenTransitionError);
    expect(() => broadcastNextState('expanding', 'retry')).toThrow(ForbiddenTransitionError);
    expect(() => broadcastNextState('queued', 'fail')).toThrow(ForbiddenTransitionError);
  });

  it('a sender is offered retry on a failed broadcast only', () => {
    expect([broadcastActions('expanding'), broadcastActions('queued'), broadcastActions('failed')]).toEqual([[], [], ['retry']]);
  });
});
