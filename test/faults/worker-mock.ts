/**
 * Starts the mock server (with the counting create route) in a worker thread and talks to it by messages.
 * The worker loads TypeScript through tsx, as vitest's transform does not reach worker threads.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MockFault, RandomFaults } from '../support/mock-server.ts';
import type { RefuseWindow, WorkerCommand, WorkerReport } from './mock-worker.ts';

const workerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'mock-worker.ts');

export interface WorkerMock {
  url: string;
  setFault(fault: MockFault | null): void;
  /** Closes the listener for each window (once so many requests were handled), refusing connections until it reopens. */
  refuseWindows(windows: readonly RefuseWindow[]): Promise<void>;
  /** What the server did so far. */
  report(): Promise<{ actsByName: Map<string, number>; acted: Record<string, number>; faultsInjected: WorkerReport['faultsInjected']; requests: number }>;
  /** Closes the server, then ends the worker. */
  close(): Promise<void>;
}

export async function startWorkerMock(options: { randomFaults?: RandomFaults } = {}): Promise<WorkerMock> {
  const bootstrap = `
    const { tsImport } = await import('tsx/esm/api');
    await tsImport(${JSON.stringify(pathToFileURL(workerFile).href)}, ${JSON.stringify(import.meta.url)});
  `;
  const worker = new Worker(bootstrap, { eval: true });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | undefined;

  const ready = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (message: { ready?: true; id?: number; result?: unknown; error?: string }) => {
      if (message.ready) return resolve();
      const waiter = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiter || message.id === undefined) return;
      pending.delete(message.id);
      if (message.error !== undefined) waiter.reject(new Error(`mock worker: ${message.error}`));
      else waiter.resolve(message.result);
    });
  });
  worker.on('error', (error) => {
    failure = error;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  });
  await ready;

  const send = (command: WorkerCommand): Promise<unknown> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, command });
    });
  };

  let closing: Promise<void> | undefined;
  const started = (await send({ op: 'start', ...(options.randomFaults ? { randomFaults: options.randomFaults } : {}) })) as { url: string };
  return {
    url: started.url,
    setFault(fault) {
      void send({ op: 'setFault', fault }).catch(() => undefined);
    },
    async refuseWindows(windows) {
      await send({ op: 'refuseWindows', windows });
    },
    async report() {
      const report = (await send({ op: 'report' })) as WorkerReport;
      return { ...report, actsByName: new Map(report.actsByName) };
    },
    close() {
      closing ??= send({ op: 'close' }).then(async () => void (await worker.terminate()));
      return closing;
    },
  };
}
