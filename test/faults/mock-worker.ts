/**
 * The mock server run in a worker thread, so that under a storm of calls it does not compete with the client for
 * the event loop (the machine has two cores). Driven by messages from worker-mock.ts.
 */
import { parentPort } from 'node:worker_threads';
import { startMockServer, type MockFault, type MockServer, type RandomFaults } from '../support/mock-server.ts';
import { countingRoutes } from './support.ts';

export type WorkerCommand =
  | { op: 'start'; randomFaults?: RandomFaults }
  | { op: 'setFault'; fault: MockFault | null }
  /** Closes the listener for `forMs` once the server has handled `afterRequests` requests, for each window. */
  | { op: 'refuseWindows'; windows: readonly RefuseWindow[] }
  | { op: 'report' }
  | { op: 'close' };

export interface RefuseWindow {
  afterRequests: number;
  forMs: number;
}

export interface WorkerReport {
  actsByName: [string, number][];
  acted: Record<string, number>;
  faultsInjected: MockServer['faultsInjected'];
  requests: number;
}

const port = parentPort;
if (!port) throw new Error('mock-worker.ts runs only as a worker thread');

let server: MockServer | undefined;
let actsByName = new Map<string, number>();
let windowWatch: ReturnType<typeof setInterval> | undefined;

/** Windows are triggered by progress rather than by time, so they land mid-storm however fast the machine is. */
function watchWindows(windows: readonly RefuseWindow[]): void {
  const waiting = [...windows].sort((a, b) => a.afterRequests - b.afterRequests);
  clearInterval(windowWatch);
  windowWatch = setInterval(() => {
    const next = waiting[0];
    if (!server || !next) return void clearInterval(windowWatch);
    if (server.stats.handled < next.afterRequests) return;
    waiting.shift();
    server.setFault({ kind: 'refuse', reopenAfterMs: next.forMs });
  }, 5);
}

async function run(command: WorkerCommand): Promise<unknown> {
  switch (command.op) {
    case 'start': {
      const counting = await countingRoutes();
      actsByName = counting.actsByName;
      server = await startMockServer({
        routes: counting.routes,
        ...(command.randomFaults ? { randomFaults: command.randomFaults } : {}),
      });
      return { url: server.url };
    }
    case 'setFault':
      server?.setFault(command.fault);
      return null;
    case 'refuseWindows':
      watchWindows(command.windows);
      return null;
    case 'report':
      return {
        actsByName: [...actsByName],
        acted: { ...server?.acted },
        faultsInjected: { ...server?.faultsInjected },
        requests: server?.requests.length ?? 0,
      } satisfies WorkerReport;
    case 'close':
      clearInterval(windowWatch);
      await server?.close();
      return null;
  }
}

port.on('message', ({ id, command }: { id: number; command: WorkerCommand }) => {
  run(command).then(
    (result) => port.postMessage({ id, result }),
    (error: unknown) => port.postMessage({ id, error: String(error) }),
  );
});
port.postMessage({ ready: true });
