/**
 * The Node transport's own HTTP/1.1 client (generator/runtime/http1.ts) against raw TCP servers on 127.0.0.1, for what
 * node:http used to handle for it: body framings, interim answers, connection reuse and limits, malformed answers.
 */
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkError } from '../../generator/runtime/errors.ts';
import { createHttpTransport, type AgentSettings } from '../../generator/runtime/node-http.ts';
import { ResponseTooLargeError } from '../../generator/runtime/safety-errors.ts';
import { startTlsFront } from '../support/tls-front.ts';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

interface RawServer {
  url: string;
  /** Every request head received, in order, and the connection it came on. */
  heads: { head: string; connection: number }[];
  connections: () => number;
}

/** A TCP server that answers each complete request (head + content-length body) with `answer(head, index)`. */
async function rawServer(answer: (head: string, index: number, socket: Socket) => string | Buffer | undefined): Promise<RawServer> {
  const heads: RawServer['heads'] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createTcpServer((socket) => {
    const connection = ++connections;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffered = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        const end = buffered.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buffered.subarray(0, end).toString('latin1');
        const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
        if (buffered.length < end + 4 + length) return;
        buffered = buffered.subarray(end + 4 + length);
        heads.push({ head, connection });
        const reply = answer(head, heads.length - 1, socket);
        if (reply !== undefined) socket.write(reply);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, heads, connections: () => connections };
}

function transport(settings: AgentSettings = {}): ReturnType<typeof createHttpTransport> {
  const created = createHttpTransport(settings);
  closers.push(() => created.destroy());
  return created;
}

const signal = (): AbortSignal => new AbortController().signal;
const ok = (body: string, extra = ''): string => `HTTP/1.1 200 OK\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;

describe('http1 transport', () => {
  it('writes one request head with host, content-length and keep-alive, and reuses the connection', async () => {
    const server = await rawServer(() => ok('{}'));
    const send = transport();
    await send({ method: 'POST', url: `${server.url}/a?b=1`, headers: { 'x-acs-action': 'A' }, body: '{"é":1}' }, { signal: signal() });
    await send({ method: 'GET', url: `${server.url}/c`, headers: {} }, { signal: signal() });
    expect(server.heads[0]?.head.split('\r\n')).toEqual([
      'POST /a?b=1 HTTP/1.1',
      'x-acs-action: A',
      `host: ${server.url.slice('http://'.length)}`,
      'content-length: 8',
      'connection: keep-alive',
    ]);
    expect(server.heads.map((h) => h.connection)).toEqual([1, 1]);
  });

  it('reads chunked bodies split anywhere, with extensions and trailers', async () => {
    const server = await rawServer((_, __, socket) => {
      const raw = 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5;ext=1\r\n{"a":\r\n4\r\n"é"\r\n1\r\n}\r\n0\r\ntrailer: x\r\n\r\n';
      const bytes = Buffer.from(raw);
      // One byte per write: every state of the parser sees a partial input.
      for (let i = 0; i < bytes.length; i++) setTimeout(() => socket.write(bytes.subarray(i, i + 1)), i);
      return undefined;
    });
    const send = transport();
    const response = await send({ method: 'GET', url: server.url, headers: {} }, { signal: signal() });
    expect(response).toMatchObject({ statusCode: 200, body: '{"a":"é"}' });
    // The connection is clean after the trailers: the next request reuses it.
    await expect(send({ method: 'GET', url: server.url, headers: {} }, { signal: signal() })).resolves.toMatchObject({ statusCode: 200 });
    expect(server.connections()).toBe(1);
  });

  it('skips interim 1xx answers; repeated headers are joined with ", "; any header name is a plain key', async () => {
    const extra = 'set-cookie: a=1\r\nset-cookie: b=2\r\nconstructor: c\r\n__proto__: p\r\n';
    const server = await rawServer(() => 'HTTP/1.1 103 Early Hints\r\nlink: </x>\r\n\r\n' + ok('{}', extra));
    const response = await transport()({ method: 'GET', url: server.url, headers: {} }, { signal: signal() });
    expect(response.statusCode).toBe(200);
    expect(response.headers['set-cookie']).toBe('a=1, b=2');
    expect(response.headers.constructor).toBe('c');
    expect(Object.getOwnPropertyDescriptor(response.headers, '__proto__')?.value).toBe('p');
    expect(response.headers.link).toBeUndefined();
  });

  it('a body without length is read until the server closes; that connection is not reused', async () => {
    const server = await rawServer((_, __, socket) => {
      socket.end('HTTP/1.1 200 OK\r\n\r\n{"until":"close"}');
      return undefined;
    });
    const send = transport();
    expect((await send({ method: 'GET', url: server.url, headers: {} }, { signal: signal() })).body).toBe('{"until":"close"}');
    expect((await send({ method: 'GET', url: server.url, headers: {} }, { signal: signal() })).body).toBe('{"until":"close"}');
    expect(server.connections()).toBe(2);
  });

  it('`connection: close` from the server, HTTP/1.0, and keepAlive: false each end the connection after the exchange', async () => {
    const answers = [ok('{}', 'connection: close\r\n'), 'HTTP/1.0 200 OK\r\ncontent-length: 2\r\n\r\n{}', ok('{}'), ok('{}')];
    const server = await rawServer((_, index) => answers[index]);
    const send = transport();
    for (let i = 0; i < 3; i++) await send({ method: 'GET', url: server.url, headers: {} }, { signal: signal() });
    expect(server.heads.map((h) => h.connection)).toEqual([1, 2, 3]);
    await transport({ keepAlive: false })({ method: 'GET', url: server.url, headers: {} }, { signal: signal() });
    expect(server.heads[3]?.head).toContain('connection: close');
  });

  it('at most maxSockets connections; further requests wait for a free one', async () => {
    const pending: Socket[] = [];
    const server = await rawServer((_, __, socket) => {
      pending.push(socket);
      return undefined;
    });
    const send = transport({ maxSockets: 2 });
    const calls = Array.from({ length: 5 }, () => send({ method: 'GET', url: server.url, headers: {} }, { signal: signal() }));
    while (server.heads.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(server.connections()).toBe(2);
    expect(server.heads).toHaveLength(2);
    // Answer whatever arrives until all five are done.
    const answering = setInterval(() => {
      for (const socket of pending.splice(0)) socket.write(ok('{}'));
    }, 5);
    closers.push(() => clearInterval(answering));
    await Promise.all(calls);
    expect(server.connections()).toBe(2);
    expect(server.heads).toHaveLength(5);
  });

  it('refuses header names and values that could end the head early, before connecting', async () => {
    const server = await rawServer(() => ok('{}'));
    const send = transport();
    const refused: Record<string, string>[] = [{ 'x-a': 'v\r\nx-injected: 1' }, { 'x a': 'v' }, { 'x-a\n': 'v' }];
    for (const headers of refused) {
      await expect(send({ method: 'GET', url: server.url, headers }, { signal: signal() })).rejects.toMatchObject({ code: 'ERR_INVALID_CHAR' });
    }
    expect(server.connections()).toBe(0);
  });

  it.each([
    ['a status line that is not HTTP/1.x', 'SMTP ready\r\n\r\n', 'HPE_INVALID_CONSTANT'],
    ['a header line without a colon', 'HTTP/1.1 200 OK\r\nbroken\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
    ['a non-numeric content-length', 'HTTP/1.1 200 OK\r\ncontent-length: 1x\r\n\r\n', 'HPE_INVALID_CONTENT_LENGTH'],
    ['a bad chunk size', 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n', 'HPE_INVALID_CHUNK_SIZE'],
    ['a head over 16 KiB', `HTTP/1.1 200 OK\r\nx-big: ${'a'.repeat(17 * 1024)}\r\n\r\n`, 'HPE_HEADER_OVERFLOW'],
  ])('%s: NetworkError naming the parse error, request written', async (_, raw, code) => {
    const server = await rawServer(() => raw);
    const error = await transport()({ method: 'GET', url: server.url, headers: {} }, { signal: signal() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ causeCode: code, requestWritten: true });
  });

  it('a chunked body past maxResponseBytes: ResponseTooLargeError, connection closed', async () => {
    let closed = false;
    const server = await rawServer((_, __, socket) => {
      socket.on('close', () => (closed = true));
      return 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n' + `10\r\n${'x'.repeat(16)}\r\n`.repeat(4);
    });
    const error = await transport()({ method: 'GET', url: server.url, headers: {} }, { signal: signal(), maxResponseBytes: 40 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    while (!closed) await new Promise((resolve) => setTimeout(resolve, 5));
  });

  it('an idle connection the server closed is not used again', async () => {
    const server = await rawServer((_, __, socket) => {
      socket.write(ok('{}'));
      setTimeout(() => socket.end(), 5);
      return undefined;
    });
    const send = transport();
    await send({ method: 'GET', url: server.url, headers: {} }, { signal: signal() });
    await new Promise((resolve) => setTimeout(resolve, 40));
    await expect(send({ method: 'GET', url: server.url, headers: {} }, { signal: signal() })).resolves.toMatchObject({ statusCode: 200 });
    expect(server.connections()).toBe(2);
  });

  it('https: the certificate is checked against `ca`; trusted, one TLS connection serves both calls; untrusted, the call fails', async () => {
    const server = await rawServer(() => ok('{"tls":true}'));
    const front = await startTlsFront(Number(new URL(server.url).port));
    closers.push(() => front.close());
    const trusting = transport({ ca: front.cert });
    for (let i = 0; i < 2; i++) {
      await expect(trusting({ method: 'GET', url: `${front.url}/x`, headers: {} }, { signal: signal() })).resolves.toMatchObject({ body: '{"tls":true}' });
    }
    expect(front.connections).toBe(1);
    const error = await transport()({ method: 'GET', url: front.url, headers: {} }, { signal: signal() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ causeCode: 'DEPTH_ZERO_SELF_SIGNED_CERT', requestWritten: false });
    expect(server.heads).toHaveLength(2);
  });
});
