/**
 * AbortSignal through the generated CsClient: an abort mid-flight (request on the wire, queued for a socket, or
 * waiting between attempts) rejects with AbortError at once and leaves no socket open on either side.
 * The mock runs in this process, so its side of every connection is counted too.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AbortError, CsError, TimeoutError, type CsClient } from '../../generated/cs-2015-12-15/src/index.ts';
import { startMockServer, type MockServer } from '../support/mock-server.ts';
import { activeResources, countingRoutes, createRequest, idempotentRequests, mockClient, seededRandom, settleTo } from './support.ts';

let server: MockServer;
let client: CsClient;
let actsByName: Map<string, number>;
let baseline: Map<string, number>;

beforeEach(async () => {
  const counting = await countingRoutes();
  actsByName = counting.actsByName;
  server = await startMockServer({ routes: counting.routes });
  client = mockClient(server.url, { timeoutMs: 10_000, retryDelay: { baseMs: 10, maxMs: 100 } });
  baseline = activeResources();
});

afterEach(async () => {
  client.destroy();
  await server.close();
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => error,
  );
}

/** A create or an idempotent call, by index, under the given signal. */
function call(index: number, signal: AbortSignal): Promise<unknown> {
  switch (index % 3) {
    case 0:
      return client.createClusterNodePool(createRequest(`abort-${index}`), { signal });
    case 1:
      return client.modifyClusterNodePool(idempotentRequests.modifyClusterNodePool, { signal });
    default:
      return client.describeClusterNodePoolDetail(idempotentRequests.describeClusterNodePoolDetail, { signal });
  }
}

describe('aborting calls', () => {
  it('mid-flight on hung requests, and while queued for one of the 50 pooled sockets: AbortError, no socket left', async () => {
    server.setRandomFaults({ probability: 1, faults: [{ kind: 'hang' }] });
    const random = seededRandom(7);
    const calls = Array.from({ length: 80 }, (_, index) => {
      const controller = new AbortController();
      const pending = rejection(call(index, controller.signal));
      return { index, controller, pending, abortAfterMs: 30 + Math.floor(random() * 200) };
    });
    // Let the first 50 reach the server (the other 30 wait for a socket), then abort each at its own time.
    const until = Date.now() + 5000;
    while (server.requests.length < 50 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(server.requests.length).toBe(50);
    for (const { controller, abortAfterMs } of calls) setTimeout(() => controller.abort(), abortAfterMs);

    for (const { index, pending } of calls) {
      const error = await pending;
      expect(error, `call ${index}`).toBeInstanceOf(AbortError);
      expect((error as AbortError).$metadata?.attempts, `call ${index}`).toBe(1);
    }
    // Hung creates were acted on (the mock acts, then never answers); none was sent twice.
    for (const [name, count] of actsByName) expect(count, name).toBe(1);
    expect(server.requests.every((r) => r.status === undefined)).toBe(true);
    // Client and server sides of every connection are gone while the server still listens.
    expect(await settleTo(baseline)).toEqual({});
  });

  it('between attempts (waiting out Retry-After): AbortError without another attempt, long before the wait ends', async () => {
    client.destroy();
    client = mockClient(server.url, { timeoutMs: 10_000, retryDelay: { baseMs: 10, maxMs: 30_000 } });
    server.setFault({ kind: 'throttle', retryAfter: '20', times: 10 });
    const controller = new AbortController();
    const started = Date.now();
    const pending = rejection(client.createClusterNodePool(createRequest('abort-backoff'), { signal: controller.signal }));
    const until = Date.now() + 5000;
    while (server.requests.length < 1 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).$metadata?.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(10_000); // generous: the wait it cut short was 20 s
    expect(actsByName.size).toBe(0);
    // The throttled answer was complete, so its connection went back to the pool (the mock keeps its end open):
    // close the pool, and then nothing may remain, in particular not the 20 s backoff timer.
    client.destroy();
    expect(await settleTo(baseline)).toEqual({});
  });

  it('an abort wins over a longer timeout, and a timeout over a later abort: each typed, nothing left open', async () => {
    server.setRandomFaults({ probability: 1, faults: [{ kind: 'hang', act: false }] });
    const early = new AbortController();
    const aborted = rejection(
      client.describeClusterNodePools(idempotentRequests.describeClusterNodePools, { signal: early.signal, timeoutMs: 5000 }),
    );
    const late = new AbortController();
    const timedOut = rejection(
      client.deleteClusterNodepool(idempotentRequests.deleteClusterNodepool, { signal: late.signal, timeoutMs: 100 }),
    );
    setTimeout(() => early.abort(), 50);
    expect(await aborted).toBeInstanceOf(AbortError);
    // The idempotent delete times out, is retried (and hangs again) until the abort ends it.
    setTimeout(() => late.abort(), 400);
    const error = await timedOut;
    expect(error).toBeInstanceOf(CsError);
    expect(error instanceof AbortError || error instanceof TimeoutError).toBe(true);
    expect(server.requests.filter((r) => r.action === 'DeleteClusterNodepool').length).toBeGreaterThan(1);
    expect(await settleTo(baseline)).toEqual({});
  });
});
