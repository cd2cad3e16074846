/**
 * HTTP/1.1 over node:net / node:tls with a keep-alive pool per origin: how the Node transport reaches an endpoint
 * directly. A request is one socket write (head and body together) and the response goes through a small parser,
 * instead of node:http's request objects, agents and streams, which cost more CPU per request than signing and
 * validating together. One exchange at a time per connection (no pipelining); at most `maxSockets` connections,
 * further requests wait for one to come free. Idle connections never keep the process alive.
 */
import type { CancelSignal } from './abort.js';
import type { Target } from './node-http.js';
import { NetworkError } from './errors.js';
import { declaredLength, decodeUtf8 } from './limits.js';
import { INVALID_HEADER_CHAR } from './options.js';
import { ResponseTooLargeError } from './safety-errors.js';
import { isNotConnectedCode, systemErrorCode, type HttpRequest, type HttpResponse } from './transport.js';

type Socket = import('node:net').Socket;

export interface SocketModules {
  net: typeof import('node:net');
  tls: typeof import('node:tls');
}

/** Where the connections go (`host` is also the Host header). */
export type Origin = Omit<Target, 'origin'>;

export interface PoolSettings {
  keepAlive: boolean;
  maxSockets: number;
  ca?: string | string[] | undefined;
}

export interface Pool {
  exchange(request: HttpRequest, path: string, signal: CancelSignal, maxResponseBytes: number): Promise<HttpResponse>;
  destroy(): void;
}

/** A response head larger than this is refused (node:http's default limit). */
const MAX_HEAD_BYTES = 16 * 1024;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;
const CRLF = '\r\n';

/** One connection and the exchange it carries, if any. */
interface Connection {
  socket: Socket;
  exchange: Exchange | undefined;
}

export function createPool(modules: SocketModules, origin: Origin, settings: PoolSettings): Pool {
  const idle: Connection[] = [];
  const waiting: Exchange[] = [];
  const sockets = new Set<Socket>();

  const connect = (exchange: Exchange): void => {
    const { hostname, port, secure } = origin;
    const socket = secure
      ? modules.tls.connect({
          host: hostname,
          port,
          ca: settings.ca,
          ALPNProtocols: ['http/1.1'],
          ...(modules.net.isIP(hostname) ? {} : { servername: hostname }),
        })
      : modules.net.connect({ host: hostname, port });
    socket.setNoDelay(true);
    sockets.add(socket);
    const connection: Connection = { socket, exchange };
    socket.once(secure ? 'secureConnect' : 'connect', () => connection.exchange?.connected());
    socket.on('data', (chunk: Buffer) => {
      // Bytes nobody asked for make the connection unusable.
      if (connection.exchange) connection.exchange.data(chunk);
      else socket.destroy();
    });
    socket.on('error', (error) => connection.exchange?.failed(error));
    socket.on('close', () => {
      sockets.delete(socket);
      const at = idle.indexOf(connection);
      if (at >= 0) idle.splice(at, 1);
      connection.exchange?.closed();
      // A connection slot came free: the next waiting request gets a new connection.
      const next = waiting.shift();
      if (next) connect(next);
    });
    exchange.start(connection, false);
  };

  const release = (connection: Connection, reusable: boolean): void => {
    connection.exchange = undefined;
    if (!reusable || !settings.keepAlive) return void connection.socket.destroy();
    const next = waiting.shift();
    if (next) return next.start(connection, true);
    connection.socket.unref();
    idle.push(connection);
  };

  return {
    exchange(request, path, signal, maxResponseBytes) {
      return new Promise((resolve, reject) => {
        let message: string | Buffer;
        try {
          message = requestMessage(request, path, origin.host, settings.keepAlive);
        } catch (error) {
          return reject(error);
        }
        const dequeue = (): void => {
          const at = waiting.indexOf(exchange);
          if (at >= 0) waiting.splice(at, 1);
        };
        const settle = { resolve, reject, release, dequeue };
        const exchange = new Exchange(origin, request.method, message, signal, maxResponseBytes, settle);
        if (exchange.settled) return;
        // A connection the server closed a moment ago may not have been dropped from the pool yet.
        let connection: Connection | undefined;
        while ((connection = idle.pop()) && (connection.socket.destroyed || !connection.socket.writable));
        if (connection) exchange.start(connection, true);
        else if (sockets.size < settings.maxSockets) connect(exchange);
        else waiting.push(exchange);
      });
    },
    destroy() {
      for (const socket of sockets) socket.destroy();
    },
  };
}

/** How the response body is delimited. */
type Framing = { kind: 'length'; remaining: number } | { kind: 'chunked'; chunkLeft: number } | { kind: 'close' };

/** One request and its response on one connection. */
class Exchange {
  settled = false;
  private connection: Connection | undefined;
  /** True once a connected socket carries the request: from then on the server may have acted on it. */
  private written = false;
  /** Bytes received and not yet consumed (a partial head or chunk-size line). */
  private pending: Buffer | undefined;
  private statusCode = 0;
  private headers: Record<string, string> | undefined;
  private framing: Framing | undefined;
  private reusable = true;
  private readonly chunks: Buffer[] = [];
  private received = 0;
  private readonly onAbort = (): void => {
    this.finish(this.signal.reason);
    this.connection?.socket.destroy();
  };

  constructor(
    private readonly origin: Origin,
    private readonly method: string,
    private readonly message: string | Buffer,
    private readonly signal: CancelSignal,
    private readonly maxResponseBytes: number,
    private readonly settle: {
      resolve: (response: HttpResponse) => void;
      reject: (error: unknown) => void;
      /** Hands the connection back to the pool (to reuse, or to close). */
      release: (connection: Connection, reusable: boolean) => void;
      /** Leaves the pool's queue of requests waiting for a connection. */
      dequeue: () => void;
    },
  ) {
    if (signal.aborted) this.finish(signal.reason);
    else signal.addEventListener('abort', this.onAbort, { once: true });
  }

  /** Writes the request on `connection`; `connected`: the socket is already connected (a pooled one). */
  start(connection: Connection, connected: boolean): void {
    connection.exchange = this;
    this.connection = connection;
    connection.socket.ref();
    connection.socket.write(this.message);
    if (connected) this.written = true;
  }

  connected(): void {
    this.written = true;
  }

  data(chunk: Buffer): void {
    if (this.settled) return;
    const input = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = undefined;
    try {
      this.consume(input);
    } catch (error) {
      // A malformed answer fails like a broken connection; a body over the cap keeps its own error.
      if (error instanceof ResponseTooLargeError) this.finish(error);
      else this.networkError(error);
      this.connection?.socket.destroy();
    }
  }

  failed(error: unknown): void {
    this.networkError(error);
  }

  /** The connection closed before the response was complete, or (framing by close) completed it. */
  closed(): void {
    if (this.settled) return;
    if (this.framing?.kind === 'close') return this.complete(false);
    this.networkError(Object.assign(new Error('connection closed before the response ended'), { code: 'ECONNRESET' }));
  }

  private consume(input: Buffer): void {
    let rest: Buffer | undefined = input;
    while (rest && rest.length > 0 && !this.settled) {
      rest = this.framing ? this.body(rest) : this.head(rest);
    }
  }

  /** Parses the status line and headers once they are complete; returns what follows them. */
  private head(input: Buffer): Buffer | undefined {
    const end = input.indexOf('\r\n\r\n');
    if (end < 0) {
      if (input.length > MAX_HEAD_BYTES) throw parseError('HPE_HEADER_OVERFLOW');
      this.pending = input;
      return undefined;
    }
    if (end > MAX_HEAD_BYTES) throw parseError('HPE_HEADER_OVERFLOW');
    const lines = input.toString('latin1', 0, end).split(CRLF);
    const status = /^HTTP\/1\.([01]) ([1-9]\d\d)(?: |$)/.exec(lines[0] as string);
    if (!status) throw parseError('HPE_INVALID_CONSTANT');
    const statusCode = Number(status[2]);
    const rest = input.subarray(end + 4);
    // An interim answer (103 Early Hints, …) is skipped; the final one follows.
    if (statusCode < 200) {
      if (statusCode === 101) throw parseError('HPE_UNEXPECTED_UPGRADE');
      return rest;
    }
    const headers: Record<string, string> = {};
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] as string;
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).toLowerCase();
      if (colon <= 0 || !HEADER_NAME.test(name)) throw parseError('HPE_INVALID_HEADER_TOKEN');
      const value = line.slice(colon + 1).trim();
      // Own keys only (`constructor` is a header like any other); `__proto__` is defined, as assigning it would not.
      const joined = Object.hasOwn(headers, name) ? `${headers[name]}, ${value}` : value;
      if (name !== '__proto__') headers[name] = joined;
      else
        Object.defineProperty(headers, name, { value: joined, enumerable: true, writable: true, configurable: true });
    }
    this.statusCode = statusCode;
    this.headers = headers;
    const connection = headers.connection?.toLowerCase();
    this.reusable = status[1] === '1' ? connection !== 'close' : connection === 'keep-alive';
    const length = headers['content-length'];
    if (this.method === 'HEAD' || statusCode === 204 || statusCode === 304) {
      this.framing = { kind: 'length', remaining: 0 };
    } else if (/\bchunked\b/i.test(headers['transfer-encoding'] ?? '')) {
      this.framing = { kind: 'chunked', chunkLeft: -1 };
    } else if (length !== undefined) {
      const remaining = declaredLength(length);
      if (remaining === undefined) throw parseError('HPE_INVALID_CONTENT_LENGTH');
      if (remaining > this.maxResponseBytes) throw new ResponseTooLargeError(statusCode, this.maxResponseBytes);
      this.framing = { kind: 'length', remaining };
    } else {
      this.framing = { kind: 'close' };
      this.reusable = false;
    }
    if (this.framing.kind === 'length' && this.framing.remaining === 0) this.complete(rest.length === 0);
    return rest;
  }

  /** Takes body bytes as the framing says; returns bytes left over (a chunked body's next size line, say). */
  private body(input: Buffer): Buffer | undefined {
    const framing = this.framing as Framing;
    if (framing.kind === 'close') return void this.take(input);
    if (framing.kind === 'length') {
      const part = input.subarray(0, framing.remaining);
      framing.remaining -= part.length;
      this.take(part);
      if (framing.remaining === 0) this.complete(input.length === part.length);
      return undefined;
    }
    if (framing.chunkLeft > 0) {
      const part = input.subarray(0, framing.chunkLeft);
      framing.chunkLeft -= part.length;
      this.take(part);
      // After a chunk's data comes its CRLF, then the next size line.
      if (framing.chunkLeft === 0) framing.chunkLeft = -2;
      return input.subarray(part.length);
    }
    const lineEnd = input.indexOf(CRLF);
    if (lineEnd < 0) {
      if (input.length > MAX_HEAD_BYTES) throw parseError('HPE_INVALID_CHUNK_SIZE');
      this.pending = input;
      return undefined;
    }
    if (framing.chunkLeft === -2) {
      if (lineEnd !== 0) throw parseError('HPE_STRICT');
      framing.chunkLeft = -1;
      return input.subarray(2);
    }
    if (framing.chunkLeft === -3) {
      // Trailer lines up to an empty one end the body.
      if (lineEnd === 0) this.complete(input.length === 2);
      return input.subarray(lineEnd + 2);
    }
    const size = /^[0-9a-fA-F]{1,8}(?=[\t ;]|$)/.exec(input.toString('latin1', 0, lineEnd));
    if (!size) throw parseError('HPE_INVALID_CHUNK_SIZE');
    framing.chunkLeft = parseInt(size[0], 16) || -3;
    return input.subarray(lineEnd + 2);
  }

  private take(part: Buffer): void {
    if (part.length === 0) return;
    this.received += part.length;
    if (this.received > this.maxResponseBytes) throw new ResponseTooLargeError(this.statusCode, this.maxResponseBytes);
    this.chunks.push(part);
  }

  /** The response is whole; `clean`: nothing followed it on the connection. */
  private complete(clean: boolean): void {
    const connection = this.connection as Connection;
    const response: HttpResponse = {
      statusCode: this.statusCode,
      headers: this.headers as Record<string, string>,
      body: decodeUtf8(this.chunks, this.received),
    };
    this.finish(undefined, response);
    this.settle.release(connection, clean && this.reusable);
  }

  private networkError(error: unknown): void {
    if (this.settled) return;
    if (this.signal.aborted) return this.finish(this.signal.reason);
    const code = systemErrorCode(error);
    this.finish(
      new NetworkError(`Connection to ${this.origin.host} failed${code ? ` (${code})` : ''}`, {
        requestWritten: this.written && !isNotConnectedCode(code),
        cause: error,
        causeCode: code,
      }),
    );
    this.connection?.socket.destroy();
  }

  private finish(error: unknown, response?: HttpResponse): void {
    if (this.settled) return;
    this.settled = true;
    this.signal.removeEventListener('abort', this.onAbort);
    if (this.connection) {
      if (!response) this.connection.exchange = undefined;
    } else this.settle.dequeue();
    if (response) this.settle.resolve(response);
    else this.settle.reject(error);
  }
}

/**
 * The request as bytes on the wire: the head in Latin-1 (as node:http sends headers), the body in UTF-8. Header names
 * must be tokens and values free of control characters, so that nothing can end the head early.
 */
function requestMessage(request: HttpRequest, path: string, host: string, keepAlive: boolean): string | Buffer {
  const { method, headers, body } = request;
  let head = `${method} ${path} HTTP/1.1${CRLF}`;
  let hasHost = false;
  for (const name in headers) {
    const value = headers[name] as string;
    if (!HEADER_NAME.test(name) || INVALID_HEADER_CHAR.test(value)) {
      throw Object.assign(new TypeError(`Invalid character in header "${name}"`), { code: 'ERR_INVALID_CHAR' });
    }
    if (name === 'host') hasHost = true;
    head += `${name}: ${value}${CRLF}`;
  }
  if (!hasHost) head += `host: ${host}${CRLF}`;
  if (body !== undefined) head += `content-length: ${Buffer.byteLength(body)}${CRLF}`;
  head += `connection: ${keepAlive ? 'keep-alive' : 'close'}${CRLF}${CRLF}`;
  if (body === undefined) return Buffer.from(head, 'latin1');
  // Headers are ASCII in practice: then the whole message is one UTF-8 string.
  return /[\x80-\xff]/.test(head) ? Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(body)]) : head + body;
}

function parseError(code: string): Error {
  return Object.assign(new Error(`invalid HTTP response (${code})`), { code });
}
