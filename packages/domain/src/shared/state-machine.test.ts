import { describe, expect, it } from 'vitest';
import { allowedActions, ForbiddenTransitionError, nextState, type TransitionTable } from './state-machine.js';

type S = 'open' | 'closed';
type A = 'close' | 'reopen';
const table: TransitionTable<S, A> = { open: { close: 'closed' }, closed: { reopen: 'open' } };

describe('state machine as data', () => {
  it('follows the table', () => {
    expect(nextState('door', table, 'open', 'close')).toBe('closed');
    expect(allowedActions(table, 'closed')).toEqual(['reopen']);
  });

  it('throws a typed error for a forbidden transition, never a silent no-op', () => {
    expect(() => nextState('door', table, 'open', 'reopen')).toThrow(ForbiddenTransitionError);
  });
});
