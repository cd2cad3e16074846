/**
 * A local HTTP proxy on 127.0.0.1 for tests: forwards absolute-form requests (`GET http://host/path`) and opens
 * CONNECT tunnels, counting both and recording what it was asked, including the Proxy-Authorization it saw.
 * With `credentials`, requests without the matching Basic credentials are answered 407.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { connect as tcpConnect, type AddressInfo, type Socket } from 'node:net';

export interface ProxyRecord {
  kind: 'forward' | 'connect';
  /** The request target as received: an absolute URL for `forward`, host:port for `connect`. */
  target: string;
  proxyAuthorization: string | undefined;
  /** The status the proxy answered itself (407, 502), or undefined when it passed the request on. */
  refused: number | undefined;
}

export interface ProxyServer {
  url: string;
  /** host:port */
  host: string;
  port: number;
  records: ProxyRecord[];
  /** Counts of requests forwarded and tunnels opened. */
  counts: { forward: number; connect: number };
  close(): Promise<void>;
}

export interface ProxyServerOptions {
  /** `user:password` the proxy requires (Basic); any request without them is answered 407. */
  credentials?: string;
}

export async function startProxyServer(options: ProxyServerOptions = {}): Promise<ProxyServer> {
  const records: ProxyRecord[] = [];
  const counts = { forward: 0, connect: 0 };
  const sockets = new Set<Socket>();
  const expected = options.credentials ? `Basic ${Buffer.from(options.credentials, 'utf8').toString('base64')}` : undefined;
  const authorized = (req: IncomingMessage): boolean => expected === undefined || req.headers['proxy-authorization'] === expected;

  const server: Server = createServer((req, res) => {
    const record: ProxyRecord = { kind: 'forward', target: req.url ?? '', proxyAuthorization: req.headers['proxy-authorization'], refused: undefined };
    records.push(record);
    if (!authorized(req)) {
      record.refused = 407;
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"', 'content-type': 'text/plain' }).end('Proxy authentication required');
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '');
    } catch {
      record.refused = 400;
      res.writeHead(400).end('absolute-form request target expected');
      return;
    }
    counts.forward++;
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = httpRequest(
      { hostname: url.hostname, port: url.port || 80, method: req.method, path: url.pathname + url.search, headers, agent: false },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      record.refused = 502;
      if (!res.headersSent) res.writeHead(502).end('upstream failed');
      else res.destroy();
    });
    req.pipe(upstream);
  });

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const record: ProxyRecord = { kind: 'connect', target: req.url ?? '', proxyAuthorization: req.headers['proxy-authorization'], refused: undefined };
    records.push(record);
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (!authorized(req)) {
      record.refused = 407;
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(req.url ?? '');
    if (!match) {
      record.refused = 400;
      client.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    counts.connect++;
    let connected = false;
    const upstream = tcpConnect(Number(match[2]), match[1] ?? '', () => {
      connected = true;
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => {
      sockets.delete(upstream);
      if (connected) client.destroy();
    });
    upstream.on('error', () => {
      if (!connected) {
        record.refused = 502;
        client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
      }
    });
    client.on('close', () => upstream.destroy());
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    port,
    records,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
