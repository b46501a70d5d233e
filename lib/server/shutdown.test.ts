import { expect, it } from 'vitest';
import { onShutdown, runShutdownTasks } from './shutdown';

it('waits for every task registered, once each', async () => {
  const done: string[] = [];
  onShutdown(async () => {
    await new Promise((r) => setTimeout(r, 20));
    done.push('outbox');
  });
  onShutdown(async () => void done.push('timers'));
  await runShutdownTasks();
  expect(done.sort()).toEqual(['outbox', 'timers']);
  await runShutdownTasks();
  expect(done).toHaveLength(2);
});

it('reports a task that failed', async () => {
  onShutdown(async () => {
    throw new Error('database would not close');
  });
  await expect(runShutdownTasks()).rejects.toThrow('database would not close');
});
