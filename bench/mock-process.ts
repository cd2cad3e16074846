/**
 * The mock CS server in its own process (forked by the client benchmark), so that the benchmark process measures
 * only the clients. Bench mode: nothing recorded, every `VERIFY_EVERY`-th signature checked.
 *
 * Messages: it sends `{ type: 'ready', url, host }` once listening; on `{ type: 'stats' }` it answers
 * `{ type: 'stats', stats, cpuMs }`; on `{ type: 'close' }` it closes and exits.
 */
import { randomUUID } from 'node:crypto';
import { requestId, startMockHttpServer, type MockRoute, type MockStats } from '../generator/mock/http-server.ts';

export type MockProcessMessage =
  | { type: 'ready'; url: string; host: string }
  /** `cpuMs`: CPU time (user + system) this process has used so far. */
  | { type: 'stats'; stats: MockStats; cpuMs: number };

/** The one operation the benchmark calls, answered as cheaply as the service's shape allows (no state, no validation). */
const benchRoutes: Record<string, MockRoute> = {
  CreateClusterNodePool: {
    method: 'POST',
    path: '/clusters/{ClusterId}/nodepools',
    respond: () => ({ status: 200, body: { nodepool_id: `np${randomUUID().replace(/-/g, '').slice(0, 30)}`, request_id: requestId() } }),
  },
};

const verifyEvery = Number(process.env.VERIFY_EVERY ?? 1);
const server = await startMockHttpServer({ bench: { verifyEvery }, routes: benchRoutes });
const send = (message: MockProcessMessage): void => {
  process.send?.(message);
};
process.on('message', (message: { type?: string }) => {
  if (message.type === 'stats') {
    const cpu = process.cpuUsage();
    send({ type: 'stats', stats: { ...server.stats }, cpuMs: (cpu.user + cpu.system) / 1000 });
  }
  if (message.type === 'close') void server.close().then(() => process.exit(0));
});
process.on('disconnect', () => void server.close().then(() => process.exit(0)));
send({ type: 'ready', url: server.url, host: server.host });
