/**
 * A server for the fault storm that only ever answers in ways the client must refuse: bodies over the client's
 * cap (declared up front, or streamed without end) and redirects (302/307/308) to a second server, which must
 * never receive anything. It picks the fault per request from a seeded sequence and counts what it injected.
 */
import type { ServerResponse } from 'node:http';
import { startLocalServer, type LocalServer } from '../runtime/local-server.ts';
import { seededRandom } from './support.ts';

export const HOSTILE_FAULTS = ['oversized', 'endless', 'redirect-302', 'redirect-307', 'redirect-308'] as const;
export type HostileFault = (typeof HOSTILE_FAULTS)[number];

export interface HostileServer {
  url: string;
  /** Requests the redirect target received: must stay empty. */
  redirectTargetRequests(): number;
  injected: Partial<Record<HostileFault, number>>;
  close(): Promise<void>;
}

export async function startHostileServer(seed: number, oversizedBytes: number): Promise<HostileServer> {
  const random = seededRandom(seed);
  const injected: Partial<Record<HostileFault, number>> = {};
  const target: LocalServer = await startLocalServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{}');
  });
  const oversized = Buffer.alloc(oversizedBytes, ' ');
  const chunk = Buffer.alloc(16 * 1024, ' ');
  const endless = (response: ServerResponse): void => {
    response.writeHead(200, { 'content-type': 'application/json' });
    const pump = (): void => {
      while (!response.destroyed && response.write(chunk));
      if (!response.destroyed) response.once('drain', pump);
    };
    pump();
  };
  const hostile = await startLocalServer((request, response) => {
    const fault = HOSTILE_FAULTS[Math.floor(random() * HOSTILE_FAULTS.length)] as HostileFault;
    injected[fault] = (injected[fault] ?? 0) + 1;
    request.resume();
    switch (fault) {
      case 'oversized':
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': oversized.length });
        response.end(oversized);
        return;
      case 'endless':
        return endless(response);
      default:
        response.writeHead(Number(fault.slice('redirect-'.length)), { location: `${target.url}/collect` });
        response.end();
    }
  });
  return {
    url: hostile.url,
    redirectTargetRequests: () => target.requests.length,
    injected,
    close: async () => {
      await hostile.close();
      await target.close();
    },
  };
}
