import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkError } from '../../generator/runtime/errors.ts';
import type { Transport } from '../../generator/runtime/transport.ts';
import { createFetchTransport } from '../../generator/runtime/transport-fetch.ts';
import { createNodeTransport } from '../../generator/runtime/transport-node.ts';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

type ServerLike = Server | ReturnType<typeof createTcpServer>;
async function listen<S extends ServerLike>(server: S): Promise<string> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function unusedPortUrl(): Promise<string> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/`;
}

const signal = (): AbortSignal => new AbortController().signal;
const nodeTransport = (): Transport => {
  const transport = createNodeTransport();
  closers.push(async () => transport.destroy());
  return transport;
};

describe.each([
  ['node', nodeTransport],
  ['fetch', () => createFetchTransport()],
])('%s transport', (_, makeTransport) => {
  it('sends method, headers and body; returns status, lowercase headers and a UTF-8 body', async () => {
    let seen: { method?: string; header?: string; userAgent?: string; body: string } = { body: '' };
    const url = await listen(
      createServer((req, res) => {
        let body = '';
        req.setEncoding('utf8');
        req.on('data', (chunk: string) => (body += chunk));
        req.on('end', () => {
          seen = { method: req.method, header: req.headers['x-acs-action'] as string, userAgent: req.headers['user-agent'], body };
          res.writeHead(201, { 'X-Acs-Request-Id': 'rid', 'Set-Cookie': ['a=1', 'b=2'] });
          // Split a multi-byte character across two chunks.
          const bytes = Buffer.from('{"name":"中文"}');
          res.write(bytes.subarray(0, 10));
          setTimeout(() => res.end(bytes.subarray(10)), 5);
        });
      }),
    );
    const response = await makeTransport()(
      { method: 'POST', url: `${url}/x?y=1`, headers: { 'x-acs-action': 'A', 'content-type': 'application/json', 'user-agent': 'sdk/1' }, body: '{"é":1}' },
      { signal: signal() },
    );
    // On Node, fetch sends the SDK's user agent too (only a browser keeps its own).
    expect(seen).toEqual({ method: 'POST', header: 'A', userAgent: 'sdk/1', body: '{"é":1}' });
    expect(response.statusCode).toBe(201);
    expect(response.headers['x-acs-request-id']).toBe('rid');
    expect(response.body).toBe('{"name":"中文"}');
  });

  it('connection refused: NetworkError, request not written', async () => {
    const error = await makeTransport()({ method: 'POST', url: await unusedPortUrl(), headers: {}, body: '{}' }, { signal: signal() }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ causeCode: 'ECONNREFUSED', requestWritten: false });
  });

  it('connection dropped after the request arrived: NetworkError, request written', async () => {
    const url = await listen(
      createTcpServer((socket) => {
        socket.once('data', () => socket.destroy());
      }),
    );
    const error = await makeTransport()({ method: 'POST', url, headers: {}, body: '{}' }, { signal: signal() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestWritten).toBe(true);
  });

  it('abort: rejects with the signal reason and closes the connection', async () => {
    let serverSocketClosed!: Promise<void>;
    const url = await listen(
      createTcpServer((socket) => {
        serverSocketClosed = new Promise((resolve) => socket.on('close', () => resolve()));
        socket.resume();
      }),
    );
    const controller = new AbortController();
    const pending = makeTransport()({ method: 'GET', url, headers: {} }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 30);
    await expect(pending).rejects.toThrow('stop');
    await serverSocketClosed;
  });
});

describe('node transport specifics', () => {
  it('reuses a keep-alive connection, and destroy() closes it', async () => {
    const connections: Socket[] = [];
    const server = createServer((_, res) => res.end('{}'));
    server.on('connection', (socket) => connections.push(socket));
    const url = await listen(server);
    const transport = createNodeTransport();
    await transport({ method: 'GET', url, headers: {} }, { signal: signal() });
    await transport({ method: 'GET', url, headers: {} }, { signal: signal() });
    expect(connections).toHaveLength(1);
    const closed = new Promise((resolve) => connections[0]?.on('close', resolve));
    transport.destroy();
    await closed;
  });

  it('a response cut short is a NetworkError with ECONNRESET, request written', async () => {
    const url = await listen(
      createServer((_, res) => {
        res.writeHead(200, { 'content-length': '100' });
        res.write('{"partial"');
        setTimeout(() => res.socket?.destroy(), 5);
      }),
    );
    const error = await nodeTransport()({ method: 'GET', url, headers: {} }, { signal: signal() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ causeCode: 'ECONNRESET', requestWritten: true });
  });
});
