/**
 * Aborts and timeouts before anything is sent: an abort right after the call starts or while the credentials
 * provider is still working stops the call with AbortError and the server sees no request; a provider that never
 * settles is bounded by the signal and by timeoutMs. One signal shared by many calls adds one listener, not one per
 * call (no MaxListenersExceededWarning).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ClientCore, type ClientOptions, type OperationDescriptor, type ServiceDescriptor } from '../../generator/runtime/client-core.ts';
import type { Credentials, CredentialsProvider } from '../../generator/runtime/credentials.ts';
import { AbortError, CredentialsError } from '../../generator/runtime/errors.ts';
import { createFetchTransport } from '../../generator/runtime/transport-fetch.ts';
import { createNodeTransport } from '../../generator/runtime/transport-node.ts';
import { afterBody, startLocalServer, type LocalServer } from './local-server.ts';

const service: ServiceDescriptor = { product: 'CS', version: '2015-12-15', endpointTemplate: 'cs.{region}.aliyuncs.com', regions: {} };
const createOp: OperationDescriptor = { action: 'CreateThing', method: 'POST', path: '/things', params: [], body: true, idempotent: false };
const credentials: Credentials = { accessKeyId: 'AKID', accessKeySecret: 'SECRET' };

let server: LocalServer;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function start(): Promise<LocalServer> {
  server = await startLocalServer(
    afterBody((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"id":"t-1"}');
    }),
  );
  cleanups.push(() => server.close());
  return server;
}

function core(options: ClientOptions = {}): ClientCore {
  const transport = createNodeTransport();
  cleanups.push(() => transport.destroy());
  return new ClientCore(service, { endpoint: server.url, credentials, transport, maxRetries: 2, ...options });
}

const failure = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => 'resolved', (error: unknown) => error);

/** A provider that answers when `release` is called (or never). */
function slowProvider(): { provider: CredentialsProvider; release: () => void; calls: () => number } {
  let release: () => void = () => {};
  let calls = 0;
  const provider: CredentialsProvider = () => {
    calls++;
    return new Promise<Credentials>((resolve) => (release = () => resolve(credentials)));
  };
  return { provider, release: () => release(), calls: () => calls };
}

describe('aborting before anything is sent', () => {
  it.each([
    ['node', () => createNodeTransport()],
    ['fetch', () => createFetchTransport()],
  ])('%s: an abort right after the call starts rejects with AbortError and the server sees nothing', async (_, makeTransport) => {
    await start();
    const controller = new AbortController();
    const pending = failure(core({ transport: makeTransport() }).send(createOp, { body: { name: 'a' } }, undefined, { signal: controller.signal }));
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).$metadata).toEqual({ attempts: 0 });
    // A request that was never sent: a later call on the same server is the first one it sees.
    await core().send(createOp, { body: { name: 'b' } }, undefined);
    expect(server.requests.map((r) => r.body)).toEqual(['{"name":"b"}']);
  });

  it('an abort while the credentials provider works: AbortError, nothing sent even when the provider answers later', async () => {
    await start();
    const slow = slowProvider();
    const controller = new AbortController();
    const pending = failure(core({ credentials: slow.provider }).send(createOp, { body: {} }, undefined, { signal: controller.signal }));
    await new Promise((resolve) => setImmediate(resolve));
    expect(slow.calls()).toBe(1);
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(AbortError);
    slow.release();
    await core().send(createOp, { body: { name: 'after' } }, undefined);
    expect(server.requests.map((r) => r.body)).toEqual(['{"name":"after"}']);
  });

  it('a provider that never settles is ended by the signal', async () => {
    await start();
    const controller = new AbortController();
    const pending = failure(
      core({ credentials: () => new Promise<Credentials>(() => {}) }).send(createOp, { body: {} }, undefined, { signal: controller.signal }),
    );
    setTimeout(() => controller.abort(), 20);
    expect(await pending).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(0);
  });

  it('a provider that never settles is ended by timeoutMs: CredentialsError naming the timeout, not retried, nothing sent', async () => {
    await start();
    let calls = 0;
    const never: CredentialsProvider = () => {
      calls++;
      return new Promise<Credentials>(() => {});
    };
    const error = await failure(core({ credentials: never, timeoutMs: 50 }).send(createOp, { body: {} }, undefined));
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as CredentialsError).message).toContain('50 ms');
    expect((error as CredentialsError).$metadata).toEqual({ attempts: 0 });
    expect(calls).toBe(1);
    expect(server.requests).toHaveLength(0);
  });
});

describe('one signal shared by many calls', () => {
  it('30 concurrent calls, each with retries, on one signal: no MaxListenersExceededWarning, and the abort reaches them all', async () => {
    await start();
    const warnings: Error[] = [];
    const onWarning = (warning: Error): void => void warnings.push(warning);
    process.on('warning', onWarning);
    cleanups.push(() => process.off('warning', onWarning));
    const client = core();
    const controller = new AbortController();
    const done = await Promise.all(
      Array.from({ length: 30 }, (_, index) => client.send(createOp, { body: { index } }, undefined, { signal: controller.signal })),
    );
    expect(done).toHaveLength(30);
    const slow = slowProvider();
    const slowClient = core({ credentials: slow.provider });
    const pending = Array.from({ length: 30 }, () => failure(slowClient.send(createOp, { body: {} }, undefined, { signal: controller.signal })));
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    for (const error of await Promise.all(pending)) expect(error).toBeInstanceOf(AbortError);
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
  });
});
