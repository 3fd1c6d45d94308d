import { EventEmitter } from 'node:events';

/**
 * In-process fan-out of live events to a user's open SSE streams. Writers publish after their
 * transaction commits; the stream also re-reads the database periodically, so events written by a
 * separate worker process still arrive.
 */
export interface LiveEvent {
  type: string;
  data: unknown;
}

export class Notifier {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish(userId: string, event: LiveEvent): void {
    this.emitter.emit(userId, event);
  }

  subscribe(userId: string, listener: (event: LiveEvent) => void): () => void {
    this.emitter.on(userId, listener);
    return () => this.emitter.off(userId, listener);
  }
}
