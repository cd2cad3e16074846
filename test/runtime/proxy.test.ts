/**
 * Proxies: which one the environment or the `proxy` option selects (NO_PROXY included), and real calls to the mock
 * CS server through a local proxy on 127.0.0.1 — http via a forward proxy, https through a CONNECT tunnel to a TLS
 * front of the mock — with the signature verified and the proxy's credentials kept out of every error.
 */
import { execFile } from 'node:child_process';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import path from 'node:path';
import { inspect, promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allFeatures } from '../../generator/runtime/features.ts';
import { ClientCore, type ClientOptions } from '../../generator/runtime/client-core.ts';
import { SdkError, ServiceError, NetworkError } from '../../generator/runtime/errors.ts';
import { bypassesProxy, parseProxyUrl, proxyFor } from '../../generator/runtime/proxy.ts';
import { createNodeTransport, type NodeTransport } from '../../generator/runtime/transport-node.ts';
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET, startMockServer, type MockServer } from '../support/mock-server.ts';
import { startProxyServer, type ProxyServer } from '../support/proxy-server.ts';
import { startTlsFront, type TlsFront } from '../support/tls-front.ts';
import { CS_SERVICE, DESCRIBE_NODE_POOLS } from '../support/descriptors.ts';

const PROXY_VARIABLES = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY'];
const PROXY_PASSWORD = 'pr0xy-S3cret!';

let savedEnv: Record<string, string | undefined>;
beforeEach(() => {
  savedEnv = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of PROXY_VARIABLES) delete process.env[name];
});
afterEach(() => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('NO_PROXY', () => {
  it.each([
    ['*', 'anything.example', 443, true],
    ['example.com', 'example.com', 443, true],
    ['example.com', 'cs.example.com', 443, true],
    ['example.com', 'badexample.com', 443, false],
    ['.example.com', 'example.com', 443, true],
    ['.example.com', 'a.b.example.com', 443, true],
    ['*.example.com', 'a.example.com', 443, true],
    ['EXAMPLE.com', 'Cs.Example.COM', 443, true],
    ['example.com:8080', 'example.com', 8080, true],
    ['example.com:8080', 'example.com', 443, false],
    ['127.0.0.1', '127.0.0.1', 9000, true],
    ['127.0.0.1', '127.0.0.10', 9000, false],
    ['[::1]:8080', '::1', 8080, true],
    ['[::1]:8080', '::1', 8081, false],
    ['::1', '::1', 443, true],
    ['other.org, example.com', 'example.com', 443, true],
    ['other.org example.com', 'example.com', 443, true],
    ['other.org', 'example.com', 443, false],
    ['', 'example.com', 443, false],
  ])('%j for %s:%d → bypass %s', (noProxy, hostname, port, expected) => {
    expect(bypassesProxy(hostname, port, noProxy)).toBe(expected);
  });
});

describe('proxy selection', () => {
  it('https URLs use HTTPS_PROXY, http URLs HTTP_PROXY; either case, lowercase first', () => {
    process.env.HTTPS_PROXY = 'http://upper-s:3128';
    process.env.HTTP_PROXY = 'http://upper:3128';
    expect(proxyFor(true, 'cs.example.com', 443, undefined)?.host).toBe('upper-s:3128');
    expect(proxyFor(false, 'cs.example.com', 80, undefined)?.host).toBe('upper:3128');
    process.env.https_proxy = 'http://lower-s:8080';
    process.env.http_proxy = 'http://lower:8080';
    expect(proxyFor(true, 'cs.example.com', 443, undefined)?.host).toBe('lower-s:8080');
    expect(proxyFor(false, 'cs.example.com', 80, undefined)?.host).toBe('lower:8080');
  });

  it('an https URL does not fall back to HTTP_PROXY', () => {
    process.env.HTTP_PROXY = 'http://plain:3128';
    expect(proxyFor(true, 'cs.example.com', 443, undefined)).toBeUndefined();
  });

  it('NO_PROXY (either case) exempts hosts from the environment proxy', () => {
    process.env.HTTPS_PROXY = 'http://proxy:3128';
    process.env.no_proxy = '.aliyuncs.com';
    expect(proxyFor(true, 'cs.cn-hangzhou.aliyuncs.com', 443, undefined)).toBeUndefined();
    expect(proxyFor(true, 'example.com', 443, undefined)?.host).toBe('proxy:3128');
  });

  it('`proxy: false` ignores the environment; a `proxy` URL is used for every host', () => {
    process.env.HTTPS_PROXY = 'http://proxy:3128';
    process.env.NO_PROXY = 'example.com';
    expect(proxyFor(true, 'other.org', 443, false)).toBeUndefined();
    expect(proxyFor(true, 'example.com', 443, 'http://explicit:8888')?.host).toBe('explicit:8888');
  });

  it('parses host, default port, a missing scheme and percent-encoded credentials', () => {
    expect(parseProxyUrl('proxy.internal', 'x')).toEqual({ hostname: 'proxy.internal', port: 80, host: 'proxy.internal:80', authorization: undefined });
    expect(parseProxyUrl('http://[::1]:3128', 'x')).toMatchObject({ hostname: '::1', port: 3128, host: '[::1]:3128' });
    const withUser = parseProxyUrl('http://svc%40corp:p%3Ass@proxy:3128', 'x');
    expect(withUser.authorization).toBe(`Basic ${Buffer.from('svc@corp:p:ss').toString('base64')}`);
  });

  it('refuses other schemes and bad URLs naming the source, never the URL (it may hold a password)', () => {
    const attempts = [
      () => parseProxyUrl(`https://user:${PROXY_PASSWORD}@proxy:3128`, 'HTTPS_PROXY'),
      () => parseProxyUrl(`socks5://user:${PROXY_PASSWORD}@proxy:1080`, 'HTTPS_PROXY'),
      () => parseProxyUrl(`http://user:${PROXY_PASSWORD}@proxy:99999`, 'HTTPS_PROXY'),
    ];
    for (const attempt of attempts) {
      let caught: unknown;
      try {
        attempt();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(SdkError);
      expect((caught as SdkError).code).toBe('InvalidProxy');
      expect((caught as SdkError).message).toMatch(/^HTTPS_PROXY /);
      expect(inspect(caught)).not.toContain(PROXY_PASSWORD);
    }
  });
});

const service = CS_SERVICE;
const DescribeClusterNodePools = DESCRIBE_NODE_POOLS;
const request = { ClusterId: 'c61da77e8bfbc4c4c999af2b51b65', NodepoolName: 'workers pool' };

describe('calls through a local proxy', () => {
  let mock: MockServer;
  let proxy: ProxyServer;
  let front: TlsFront | undefined;
  let clients: ClientCore[];
  let transports: NodeTransport[];

  beforeEach(async () => {
    clients = [];
    transports = [];
    mock = await startMockServer({
      routes: {
        DescribeClusterNodePools: {
          method: 'GET',
          path: '/clusters/{ClusterId}/nodepools',
          respond: (req) => ({ status: 200, body: { nodepools: [], name: req.query.NodepoolName } }),
        },
      },
    });
    proxy = await startProxyServer({ credentials: `svc:${PROXY_PASSWORD}` });
  });
  afterEach(async () => {
    for (const client of clients) client.destroy();
    for (const transport of transports) transport.destroy();
    await front?.close();
    front = undefined;
    await proxy.close();
    await mock.close();
  });

  const proxyUrl = (password = PROXY_PASSWORD): string => `http://svc:${encodeURIComponent(password)}@${proxy.host}`;
  const client = (options: ClientOptions): ClientCore => {
    const core = new ClientCore(
      service,
      { credentials: { accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: MOCK_ACCESS_KEY_SECRET }, maxRetries: 0, ...options },
      allFeatures,
    );
    clients.push(core);
    return core;
  };
  const describeNodePools = (core: ClientCore): Promise<{ name?: string }> =>
    core.send<typeof request, { name?: string }>(DescribeClusterNodePools, request, undefined);

  it('HTTP_PROXY: an http endpoint is called through the forward proxy, with credentials, and the signature verifies', async () => {
    process.env.HTTP_PROXY = proxyUrl();
    const result = await describeNodePools(client({ endpoint: mock.url }));
    expect(result.name).toBe('workers pool');
    expect(proxy.counts).toEqual({ forward: 1, connect: 0 });
    expect(proxy.records[0]?.target).toBe(`${mock.url}/clusters/${request.ClusterId}/nodepools?NodepoolName=workers%20pool`);
    expect(proxy.records[0]?.proxyAuthorization).toBe(`Basic ${Buffer.from(`svc:${PROXY_PASSWORD}`).toString('base64')}`);
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]?.signatureProblem).toBeUndefined();
    expect(mock.requests[0]?.headers.host).toBe(mock.host);
    expect(mock.requests[0]?.headers['proxy-authorization']).toBeUndefined();
  });

  it('the `proxy` option works without any environment variable', async () => {
    await describeNodePools(client({ endpoint: mock.url, proxy: proxyUrl() }));
    expect(proxy.counts.forward).toBe(1);
    expect(mock.requests[0]?.signatureProblem).toBeUndefined();
  });

  it('NO_PROXY and `proxy: false` bypass the proxy', async () => {
    process.env.HTTP_PROXY = proxyUrl();
    process.env.NO_PROXY = 'localhost,127.0.0.1';
    await describeNodePools(client({ endpoint: mock.url }));
    delete process.env.NO_PROXY;
    await describeNodePools(client({ endpoint: mock.url, proxy: false }));
    expect(proxy.records).toEqual([]);
    expect(mock.requests.map((r) => r.status)).toEqual([200, 200]);
  });

  it('HTTPS_PROXY: an https endpoint is reached through one CONNECT tunnel, kept alive between calls', async () => {
    front = await startTlsFront(mock.port);
    process.env.HTTPS_PROXY = proxyUrl();
    const transport = createNodeTransport({ ca: front.cert });
    transports.push(transport);
    const core = client({ endpoint: front.url, transport });
    await describeNodePools(core);
    await describeNodePools(core);
    expect(proxy.counts).toEqual({ forward: 0, connect: 1 });
    expect(proxy.records[0]).toMatchObject({ kind: 'connect', target: `127.0.0.1:${front.port}`, refused: undefined });
    expect(proxy.records[0]?.proxyAuthorization).toBe(`Basic ${Buffer.from(`svc:${PROXY_PASSWORD}`).toString('base64')}`);
    expect(front.connections).toBe(1);
    expect(mock.requests.map((r) => [r.status, r.signatureProblem])).toEqual([
      [200, undefined],
      [200, undefined],
    ]);
    expect(mock.requests[0]?.headers.host).toBe(`127.0.0.1:${front.port}`);
  });

  it('the certificate is checked through the tunnel: an untrusted one fails the call', async () => {
    front = await startTlsFront(mock.port);
    const error = await describeNodePools(client({ endpoint: front.url, proxy: proxyUrl() })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toContain(`through proxy ${proxy.host}`);
    expect((error as NetworkError).causeCode).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(proxy.counts.connect).toBe(1);
    expect(mock.requests).toEqual([]);
  });

  it('a tunnel refused with 407 is a NetworkError that says so, marked not sent, without the password', async () => {
    front = await startTlsFront(mock.port);
    const wrong = 'not-the-password';
    const transport = createNodeTransport({ proxy: proxyUrl(wrong), ca: front.cert });
    transports.push(transport);
    const error = await describeNodePools(client({ endpoint: front.url, transport })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestWritten).toBe(false);
    expect((error as NetworkError).message).toBe(
      `Connection to 127.0.0.1:${front.port} through proxy ${proxy.host} failed (ERR_PROXY_TUNNEL): ` +
        `proxy ${proxy.host} answered 407 to CONNECT 127.0.0.1:${front.port}`,
    );
    expect(`${inspect(error)} ${JSON.stringify(error)}`).not.toContain(wrong);
    expect(proxy.records[0]?.refused).toBe(407);
    expect(mock.requests).toEqual([]);
  });

  it('a forward proxy answering 407 is a service error without the password', async () => {
    const wrong = 'wrong-Pa55word';
    const error = await describeNodePools(client({ endpoint: mock.url, proxy: proxyUrl(wrong) })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).statusCode).toBe(407);
    expect(`${inspect(error)} ${JSON.stringify(error)}`).not.toContain(wrong);
    expect(mock.requests).toEqual([]);
  });

  it('an unreachable proxy names itself in the error', async () => {
    const unused = await startProxyServer();
    const address = unused.host;
    await unused.close();
    const error = await describeNodePools(client({ endpoint: mock.url, proxy: `http://${address}` })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toBe(`Connection to ${mock.host} through proxy ${address} failed (ECONNREFUSED)`);
    expect((error as NetworkError).requestWritten).toBe(false);
  });

  it('a CONNECT the proxy never answers does not keep the process alive after the attempt timed out', async () => {
    const held = new Set<Socket>();
    const silent = createTcpServer((socket) => void held.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const child = path.join(import.meta.dirname, '..', 'support', 'proxy-silent-child.ts');
      const address = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      // Without the fix the child hangs until the proxy gives up, here never: execFile's timeout would kill it.
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', child, address], { timeout: 20_000 });
      expect(stdout.trim()).toBe('Timeout');
      expect(held.size).toBe(1);
    } finally {
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
