/**
 * Response size: a body over the client's cap (default 16 MiB) rejects with ResponseTooLargeError and the
 * connection is closed at the cap, for a declared length, a chunked body and an endless one, through both
 * transports. Also: a UTF-8 BOM before a JSON body parses, and a huge error message is cut short.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ClientCore, type ClientOptions, type OperationDescriptor, type ServiceDescriptor } from '../../generator/runtime/client-core.ts';
import { ServiceError } from '../../generator/runtime/errors.ts';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../../generator/runtime/limits.ts';
import { ResponseTooLargeError } from '../../generator/runtime/safety-errors.ts';
import { createFetchTransport } from '../../generator/runtime/transport-fetch.ts';
import { createNodeTransport } from '../../generator/runtime/transport-node.ts';
import type { Transport } from '../../generator/runtime/transport.ts';
import { startLocalServer, type Handler, type LocalServer } from './local-server.ts';

const service: ServiceDescriptor = { product: 'CS', version: '2015-12-15', endpointTemplate: 'cs.{region}.aliyuncs.com', regions: {} };
const describeOp: OperationDescriptor = { action: 'DescribeThings', method: 'GET', path: '/things', params: [], body: false, idempotent: true };
const credentials = { accessKeyId: 'AKID', accessKeySecret: 'SECRET' };

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function server(handler: Handler): Promise<LocalServer> {
  const started = await startLocalServer(handler);
  cleanups.push(() => started.close());
  return started;
}

const transports: [string, () => Transport][] = [
  [
    'node',
    () => {
      const transport = createNodeTransport();
      cleanups.push(() => transport.destroy());
      return transport;
    },
  ],
  ['fetch', () => createFetchTransport()],
];

function core(url: string, transport: Transport, options: ClientOptions = {}): ClientCore {
  return new ClientCore(service, { endpoint: url, credentials, transport, maxRetries: 0, timeoutMs: 3000, ...options });
}

const failure = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => 'resolved', (error: unknown) => error);

/** Writes 64 KiB chunks until the client goes away; resolves `stopped` with the bytes written. */
function endless(status = 200): { handler: Handler; stopped: Promise<number> } {
  let resolveStopped: (bytes: number) => void = () => {};
  const stopped = new Promise<number>((resolve) => (resolveStopped = resolve));
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const handler: Handler = (_request, response) => {
    let written = 0;
    response.writeHead(status, { 'content-type': 'application/json' });
    const pump = (): void => {
      while (!response.destroyed && response.write(chunk)) written += chunk.length;
      if (response.destroyed) return;
      written += chunk.length;
      response.once('drain', pump);
    };
    response.on('close', () => resolveStopped(written));
    pump();
  };
  return { handler, stopped };
}

describe.each(transports)('%s transport: response size cap', (_, makeTransport) => {
  it('an endless body: ResponseTooLargeError at the cap, and the connection is closed (the server stops writing)', async () => {
    const { handler, stopped } = endless();
    const local = await server(handler);
    const error = await failure(core(local.url, makeTransport(), { maxResponseBytes: 256 * 1024 }).send(describeOp, {}, undefined));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ code: 'ResponseTooLarge', limitBytes: 256 * 1024, statusCode: 200 });
    // The server's response closes because the client destroyed the socket: it never runs to the end.
    const written = await stopped;
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it('a declared Content-Length over the cap is refused before the body is read; a body at the cap is accepted', async () => {
    const body = JSON.stringify({ pad: 'x'.repeat(1000) });
    const local = await server((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      response.end(body);
    });
    const transport = makeTransport();
    const over = await failure(core(local.url, transport, { maxResponseBytes: Buffer.byteLength(body) - 1 }).send(describeOp, {}, undefined));
    expect(over).toBeInstanceOf(ResponseTooLargeError);
    const exact = await core(local.url, transport, { maxResponseBytes: Buffer.byteLength(body) }).send<object, { pad: string }>(describeOp, {}, undefined);
    expect(exact.pad).toHaveLength(1000);
  });

  it('an oversized error body is ResponseTooLargeError too, and is not retried', async () => {
    const { handler } = endless(503);
    const local = await server(handler);
    const error = await failure(
      core(local.url, makeTransport(), { maxResponseBytes: 128 * 1024, maxRetries: 3, retryDelay: { baseMs: 1, maxMs: 2 } }).send(describeOp, {}, undefined),
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ statusCode: 503, $metadata: { attempts: 1 } });
    expect(local.requests).toHaveLength(1);
  });

  it('a 200 body starting with a UTF-8 BOM parses', async () => {
    const local = await server((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"ok":true}')]));
    });
    const result = await core(local.url, makeTransport()).send<object, { ok: boolean }>(describeOp, {}, undefined);
    expect(result.ok).toBe(true);
  });

  it('a 20 MB error message is cut to about 1 KB in the error', async () => {
    const local = await server((_request, response) => {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ code: 'InvalidParameter', message: 'm'.repeat(20 * 1024 * 1024) }));
    });
    const error = await failure(core(local.url, makeTransport(), { maxResponseBytes: 32 * 1024 * 1024 }).send(describeOp, {}, undefined));
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('InvalidParameter');
    expect((error as ServiceError).message.length).toBeLessThan(1200);
    expect((error as ServiceError).message.length).toBeGreaterThan(1000);
  });
});

describe('maxResponseBytes option', () => {
  it('defaults to 16 MiB', () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(16 * 1024 * 1024);
  });

  it('is enforced with the default when the client sets none (a 17 MiB body is refused)', async () => {
    const { handler } = endless();
    const local = await server(handler);
    const error = await failure(core(local.url, createFetchTransport()).send(describeOp, {}, undefined));
    expect(error).toMatchObject({ code: 'ResponseTooLarge', limitBytes: DEFAULT_MAX_RESPONSE_BYTES });
  });
});
