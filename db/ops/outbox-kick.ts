import type { EventEmitter } from 'node:events';

/** The process as the plain EventEmitter it is (Node's typings list only its own events). */
export const processEvents: EventEmitter = process;

/**
 * A process event, not a reference to the worker: the worker starts in instrumentation.ts, and the code that
 * queues a message (a route handler, a Server Action) is bundled apart from it, with its own module instances.
 */
export const OUTBOX_KICK_EVENT = 'pressline:outbox-kick';

/** Sends what is due now instead of at the next poll (a message was just queued). Nothing without a worker. */
export function kickOutbox(): void {
  processEvents.emit(OUTBOX_KICK_EVENT);
}
