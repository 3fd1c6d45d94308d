/**
 * A state machine as data: for each state, the actions allowed and the state each leads to.
 * Use cases call `nextState` inside their transaction after re-reading the row.
 */
export type TransitionTable<S extends string, A extends string> = Record<S, Partial<Record<A, S>>>;

export class ForbiddenTransitionError extends Error {
  constructor(
    readonly entity: string,
    readonly from: string,
    readonly action: string,
  ) {
    super(`${entity}: action "${action}" is not allowed in state "${from}"`);
  }
}

export function nextState<S extends string, A extends string>(
  entity: string,
  table: TransitionTable<S, A>,
  from: S,
  action: A,
): S {
  const to = table[from]?.[action];
  if (!to) throw new ForbiddenTransitionError(entity, from, action);
  return to;
}

export function allowedActions<S extends string, A extends string>(table: TransitionTable<S, A>, from: S): A[] {
  return Object.keys(table[from] ?? {}) as A[];
}
