/**
 * The mock server's per-request random faults (used by the storm test): reproducible from the seed, bounded by
 * the probability, second to a fault set with setFault; and overlapping refuse windows reopen the listener once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CsServiceError, type CsClient } from '../../generated/cs-2015-12-15/src/index.ts';
import { startMockServer, type MockServer, type RandomFaults } from '../support/mock-server.ts';
import { countingRoutes, idempotentRequests, mockClient } from './support.ts';

const STATUS_FAULTS: RandomFaults['faults'] = [
  { kind: 'status', status: 500 },
  { kind: 'status', status: 502 },
  { kind: 'status', status: 504 },
  { kind: 'throttle', retryAfter: '0' },
];

const open: { server: MockServer; client: CsClient }[] = [];

afterEach(async () => {
  for (const { server, client } of open.splice(0)) {
    client.destroy();
    await server.close();
  }
});

async function start(randomFaults?: RandomFaults): Promise<{ server: MockServer; client: CsClient }> {
  const { routes } = await countingRoutes();
  const server = await startMockServer({ routes, ...(randomFaults ? { randomFaults } : {}) });
  const client = mockClient(server.url, { maxRetries: 0, timeoutMs: 2000 });
  open.push({ server, client });
  return { server, client };
}

/** Sends `count` describe calls one after the other; the status each ended with (200 when it resolved). */
async function statuses(client: CsClient, count: number): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) {
    const status = await client.describeClusterNodePools(idempotentRequests.describeClusterNodePools).then(
      (result) => result.$metadata.httpStatusCode,
      (error: unknown) => (error instanceof CsServiceError ? error.statusCode : -1),
    );
    seen.push(status);
  }
  return seen;
}

describe('random faults', () => {
  it('draw the same faults for the same seed, and other faults for another seed', async () => {
    const config = { probability: 0.5, faults: STATUS_FAULTS, seed: 42 };
    const first = await statuses((await start(config)).client, 40);
    const again = await statuses((await start(config)).client, 40);
    const other = await statuses((await start({ ...config, seed: 43 })).client, 40);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 500, 502, 504, 429]));
  });

  it('never fault at probability 0, always at probability 1, and count what they injected', async () => {
    const never = await start({ probability: 0, faults: STATUS_FAULTS });
    expect(new Set(await statuses(never.client, 20))).toEqual(new Set([200]));
    expect(never.server.faultsInjected).toEqual({});

    const always = await start({ probability: 1, faults: STATUS_FAULTS });
    const seen = await statuses(always.client, 20);
    expect(seen).not.toContain(200);
    const injected = Object.values(always.server.faultsInjected).reduce((sum, n) => sum + (n ?? 0), 0);
    expect(injected).toBe(20);
    expect(always.server.requests.every((r) => r.fault === 'status' || r.fault === 'throttle')).toBe(true);
    expect(always.server.acted.DescribeClusterNodePools).toBeUndefined();
  });

  it('give way to a fault set with setFault, and stop with setRandomFaults(null)', async () => {
    const { server, client } = await start({ probability: 1, faults: [{ kind: 'status', status: 500 }] });
    server.setFault({ kind: 'status', status: 418, times: 2 });
    expect(await statuses(client, 3)).toEqual([418, 418, 500]);
    server.setRandomFaults(null);
    expect(await statuses(client, 2)).toEqual([200, 200]);
  });
});

describe('refuse windows', () => {
  it('overlapping windows: the listener comes back, without a second listen on the port (EADDRINUSE)', async () => {
    const { server, client } = await start();
    server.setFault({ kind: 'refuse', reopenAfterMs: 50 });
    server.setFault({ kind: 'refuse', reopenAfterMs: 150 });
    const refused = await client.describeClusterNodePools(idempotentRequests.describeClusterNodePools).catch((e: unknown) => e);
    expect(refused).toMatchObject({ name: 'NetworkError', causeCode: 'ECONNREFUSED' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await statuses(client, 2)).toEqual([200, 200]);
  });
});
