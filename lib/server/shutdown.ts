import type { EventEmitter } from 'node:events';

/** The process as the plain EventEmitter it is (Node's typings list only its own events). */
const processEvents: EventEmitter = process;

/**
 * Work that must stop after the last request has been answered (the outbox worker, timers, the database):
 * registered by instrumentation.ts inside Next's bundles, run by lib/server/server.ts once its socket is
 * drained. A process event, because the two load this file as modules of their own.
 */
const SHUTDOWN_EVENT = 'pressline:shutdown';

type Collect = (running: Promise<void>) => void;

export function onShutdown(task: () => Promise<void>): void {
  processEvents.once(SHUTDOWN_EVENT, (collect: Collect) => collect(task()));
}

/** Runs every registered task (each once) and resolves when all have finished; rejects if one failed. */
export async function runShutdownTasks(): Promise<void> {
  const running: Promise<void>[] = [];
  processEvents.emit(SHUTDOWN_EVENT, (task: Promise<void>) => running.push(task));
  await Promise.all(running);
}
