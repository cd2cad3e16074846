/**
 * The mock CS server in its own process (forked by the client benchmark), so that the benchmark process measures
 * only the clients. Bench mode: nothing recorded, every `VERIFY_EVERY`-th signature checked.
 *
 * Messages: it sends `{ type: 'ready', url, host }` once listening; on `{ type: 'stats' }` it answers
 * `{ type: 'stats', stats, cpuMs }`; on `{ type: 'close' }` it closes and exits.
 */
import { startMockServer, type MockStats } from '../test/support/mock-server.ts';

export type MockProcessMessage =
  | { type: 'ready'; url: string; host: string }
  /** `cpuMs`: CPU time (user + system) this process has used so far. */
  | { type: 'stats'; stats: MockStats; cpuMs: number };

const verifyEvery = Number(process.env.VERIFY_EVERY ?? 1);
const server = await startMockServer({ bench: { verifyEvery } });
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
