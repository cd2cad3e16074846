/**
 * Local stand-ins, on 127.0.0.1, for what the credential sources talk to: STS (AssumeRole with its RPC signature
 * verified independently of the SDK, AssumeRoleWithOIDC with the token checked), the ECS instance-metadata service
 * (IMDSv2 tokens enforced) and a credentials URI. Each counts the requests it answered and hands out numbered,
 * expiring credentials.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface IssuedCredentials {
  AccessKeyId: string;
  AccessKeySecret: string;
  SecurityToken: string;
  Expiration: string;
}

export interface FakeServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Requests answered, by kind (`AssumeRole`, `AssumeRoleWithOIDC`, `token`, `role`, `credentials`, `uri`). */
  counts: Record<string, number>;
  /** Lifetime of the credentials handed out from now on (default one hour). */
  lifetimeMs: number;
  /** The credentials handed out last. */
  issued: IssuedCredentials[];
  /** Called with every credential handed out (e.g. to let the mock CS server accept them). */
  onIssue?: (credentials: IssuedCredentials) => void;
  /** Requests as received: method, URL, headers and body. */
  requests: { method: string; url: string; headers: Record<string, string | string[] | undefined>; body: string }[];
  close(): Promise<void>;
}

type Handler = (
  request: IncomingMessage,
  body: string,
  server: FakeServer,
) => { status: number; body: string; kind?: string };

async function startServer(handler: Handler): Promise<FakeServer> {
  const state: FakeServer = {
    url: '',
    counts: {},
    lifetimeMs: 3_600_000,
    issued: [],
    requests: [],
    close: async () => {},
  };
  const http = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      state.requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      const reply = handler(request, body, state);
      if (reply.kind) state.counts[reply.kind] = (state.counts[reply.kind] ?? 0) + 1;
      response.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      http.closeAllConnections();
      http.close(() => resolve());
    });
  return state;
}

function issue(state: FakeServer, prefix: string): IssuedCredentials {
  const n = state.issued.length + 1;
  const credentials = {
    AccessKeyId: `${prefix}.id-${n}`,
    AccessKeySecret: `${prefix}-secret-${n}-${randomUUID()}`,
    SecurityToken: `${prefix}-token-${n}-${randomUUID()}`,
    Expiration: new Date(Date.now() + state.lifetimeMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  state.issued.push(credentials);
  state.onIssue?.(credentials);
  return credentials;
}

const json = (status: number, body: unknown, kind?: string): { status: number; body: string; kind?: string } =>
  kind === undefined ? { status, body: JSON.stringify(body) } : { status, body: JSON.stringify(body), kind };

/** RFC 3986 encoding, as the RPC signature uses it. */
const encode = (value: string): string =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The RPC (HMAC-SHA1) signature of a request's query and form parameters, computed here from the spec. */
export function expectedRpcSignature(method: string, params: Record<string, string>, secret: string): string {
  const canonical = Object.keys(params)
    .filter((key) => key !== 'Signature')
    .sort()
    .map((key) => `${encode(key)}=${encode(params[key] as string)}`)
    .join('&');
  return createHmac('sha1', `${secret}&`)
    .update(`${method}&${encode('/')}&${encode(canonical)}`)
    .digest('base64');
}

export interface FakeStsOptions {
  /** Access key id → secret of the identities allowed to call AssumeRole. */
  keys?: Record<string, string>;
  /** The OIDC token AssumeRoleWithOIDC accepts. */
  oidcToken?: string;
}

/** STS: `POST /?Action=AssumeRole|AssumeRoleWithOIDC&…` with form parameters; answers `{ RequestId, Credentials }`. */
export function startFakeSts(options: FakeStsOptions = {}): Promise<FakeServer> {
  return startServer((request, body, state) => {
    const query = Object.fromEntries(new URL(request.url ?? '/', 'http://x').searchParams);
    const form = Object.fromEntries(new URLSearchParams(body));
    const params: Record<string, string> = { ...query, ...form };
    const requestId = randomUUID();
    const refuse = (code: string): ReturnType<Handler> =>
      json(code === 'InvalidParameter' ? 400 : 403, {
        RequestId: requestId,
        Code: code,
        Message: `refused: ${JSON.stringify(params)}`,
      });
    if (request.method !== 'POST' || query.Version !== '2015-04-01' || query.Format !== 'JSON' || !query.Timestamp)
      return refuse('InvalidParameter');
    if (!form.RoleArn || !form.RoleSessionName || !form.DurationSeconds) return refuse('InvalidParameter');
    if (query.Action === 'AssumeRole') {
      const secret = options.keys?.[params.AccessKeyId ?? ''];
      if (secret === undefined) return refuse('InvalidAccessKeyId.NotFound');
      if (params.SignatureMethod !== 'HMAC-SHA1' || params.SignatureVersion !== '1.0' || !params.SignatureNonce)
        return refuse('InvalidParameter');
      if (params.Signature !== expectedRpcSignature('POST', params, secret)) return refuse('SignatureDoesNotMatch');
      return json(200, { RequestId: requestId, Credentials: issue(state, 'sts') }, 'AssumeRole');
    }
    if (query.Action === 'AssumeRoleWithOIDC') {
      if (!form.OIDCProviderArn || form.OIDCToken !== options.oidcToken)
        return refuse('AuthenticationFail.OIDCToken.Invalid');
      return json(200, { RequestId: requestId, Credentials: issue(state, 'oidc') }, 'AssumeRoleWithOIDC');
    }
    return refuse('InvalidAction.NotFound');
  });
}

/**
 * ECS instance metadata with IMDSv2 enforced: every read needs a token from `PUT /latest/api/token`. With
 * `{ v1Only: true }` it is an old service instead: no token endpoint (404), reads without a token.
 */
export function startFakeMetadata(roleName: string, { v1Only = false } = {}): Promise<FakeServer> {
  const tokens = new Set<string>();
  return startServer((request, _body, state) => {
    const path = request.url ?? '';
    if (v1Only && path === '/latest/api/token') return { status: 404, body: 'not found' };
    if (request.method === 'PUT' && path === '/latest/api/token') {
      if (!request.headers['x-aliyun-ecs-metadata-token-ttl-seconds']) return { status: 400, body: 'ttl required' };
      const token = randomUUID();
      tokens.add(token);
      return { status: 200, body: token, kind: 'token' };
    }
    const token = request.headers['x-aliyun-ecs-metadata-token'];
    if (!v1Only && (typeof token !== 'string' || !tokens.has(token))) return { status: 401, body: 'token required' };
    if (request.method === 'GET' && path === '/latest/meta-data/ram/security-credentials/')
      return { status: 200, body: roleName, kind: 'role' };
    if (request.method === 'GET' && path === `/latest/meta-data/ram/security-credentials/${roleName}`) {
      return json(
        200,
        { Code: 'Success', LastUpdated: new Date().toISOString(), ...issue(state, 'ecs') },
        'credentials',
      );
    }
    return { status: 404, body: 'not found' };
  });
}

/** A credentials URI: `GET /credentials` answers temporary credentials. */
export function startCredentialsUri(): Promise<FakeServer> {
  return startServer((request, _body, state) =>
    request.method === 'GET' && request.url === '/credentials'
      ? json(200, issue(state, 'uri'), 'uri')
      : { status: 404, body: 'not found' },
  );
}
