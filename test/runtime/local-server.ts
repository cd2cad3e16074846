/**
 * A tiny HTTP server on 127.0.0.1 for runtime tests: counts the requests it received, remembers their bodies and
 * headers, and closes every connection it holds when the test ends.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface LocalServer {
  url: string;
  port: number;
  /** Requests whose head arrived (bodies filled in as they complete). */
  requests: SeenRequest[];
  /** Resolves when every connection the server accepted so far is closed. */
  connectionsClosed(): Promise<void>;
  close(): Promise<void>;
}

export type Handler = (request: IncomingMessage, response: ServerResponse, seen: SeenRequest) => void;

export async function startLocalServer(handler: Handler): Promise<LocalServer> {
  const sockets = new Set<Socket>();
  const requests: SeenRequest[] = [];
  const server = createServer((request, response) => {
    const seen: SeenRequest = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: '' };
    requests.push(seen);
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (seen.body += chunk));
    handler(request, response, seen);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    connectionsClosed: () =>
      Promise.all([...sockets].map((socket) => new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve()))))).then(
        () => undefined,
      ),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Answers after the whole request body arrived. */
export function afterBody(handler: Handler): Handler {
  return (request, response, seen) => request.on('end', () => handler(request, response, seen));
}
