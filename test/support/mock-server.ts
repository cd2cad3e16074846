/**
 * A local stand-in for the CS API on 127.0.0.1: verifies the V3 signature of every request (independently of
 * the SDK's signer), answers per action from a pluggable route table, records every request, counts how often
 * each action was acted on, and can be switched into fault modes.
 */
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { applyCors } from './cors.ts';
import type { AddressInfo, Socket } from 'node:net';

export const MOCK_ACCESS_KEY_ID = 'LTAImockAccessKeyId';

/** Largest request body the server reads (1 MiB); a larger one is answered 413 and not buffered. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** The request history keeps at most this many requests and this many body characters; the oldest go first. */
export const MAX_RECORDED_REQUESTS = 10_000;
export const MAX_RECORDED_BODY_BYTES = 32 * 1024 * 1024;
/** Signature nonces remembered for replay detection (the oldest are forgotten first). */
const MAX_REMEMBERED_NONCES = 100_000;
export const MOCK_ACCESS_KEY_SECRET = 'mockAccessKeySecret-0123456789';

export interface ValidationIssueLike {
  path: string;
  code: string;
  message: string;
}
export type ValidationResultLike = { ok: true; value: unknown } | { ok: false; issues: ValidationIssueLike[] };

/** A request as a route sees it. */
export interface MockRequest {
  action: string;
  method: string;
  /** Raw path as received (still percent-encoded). */
  path: string;
  pathParams: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  /** Parsed JSON body, undefined when there is none. */
  body: unknown;
  /** The client's request shape: path and query parameters at the top level, the JSON body under `body`. */
  input: Record<string, unknown>;
}

export interface MockReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface MockRoute {
  method?: string;
  /** Path template such as `/clusters/{ClusterId}/nodepools`; a mismatch answers 404. */
  path?: string;
  validate?: (input: unknown) => ValidationResultLike;
  respond: (request: MockRequest) => MockReply;
}

export type MockFault =
  /** Answer `status` (default 500) without acting, `times` times (default 1); then behave normally. */
  | { kind: 'status'; status?: number; code?: string; times?: number }
  /** Answer 429 Throttling.User with Retry-After (default "1") without acting. */
  | { kind: 'throttle'; retryAfter?: string; times?: number }
  /** Act (unless act: false), then never answer. */
  | { kind: 'hang'; act?: boolean; times?: number }
  /** Act, then answer 200 with a body that is not JSON. */
  | { kind: 'malformed-json'; times?: number }
  /** Act, send the headers and half the body, then destroy the connection. */
  | { kind: 'reset-mid-body'; times?: number }
  /** Wait, then behave normally. */
  | { kind: 'slow'; delayMs: number; times?: number }
  /** Close the listener now (connections are refused); listen again on the same port after reopenAfterMs. */
  | { kind: 'refuse'; reopenAfterMs?: number };

/** A fault that applies to one request (every kind but refuse). */
export type RequestFault = Exclude<MockFault, { kind: 'refuse' }>;

/**
 * Faults drawn per request: each request gets one with the given probability, picked uniformly from `faults`
 * (their `times` is ignored). The draws come from a generator seeded with `seed`, so the same sequence of requests
 * meets the same faults. A fault set with setFault takes precedence while it lasts.
 */
export interface RandomFaults {
  probability: number;
  faults: readonly RequestFault[];
  /** Default 1. */
  seed?: number;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  action: string | undefined;
  /** Why the signature was rejected; undefined when it verified. */
  signatureProblem: string | undefined;
  /** The status answered; undefined when the server never answered. */
  status: number | undefined;
  acted: boolean;
  /** The fault this request met, if any. */
  fault?: RequestFault['kind'];
}

export interface MockServerOptions {
  port?: number;
  /** Extra routes; they replace the defaults of the same action. */
  routes?: Record<string, MockRoute>;
  /** accessKeyId → accessKeySecret; default: MOCK_ACCESS_KEY_ID → MOCK_ACCESS_KEY_SECRET. */
  credentials?: Record<string, string>;
  /** When given, only these STS tokens are accepted. */
  securityTokens?: readonly string[];
  /**
   * Lean mode for throughput benchmarks: requests are not recorded and nonces not remembered (so one pre-signed
   * request may be replayed), and the signature of only every `verifyEvery`-th request is checked (default 1:
   * all). Outcomes are counted in `stats`.
   */
  bench?: { verifyEvery?: number };
  /** Per-request faults from the start; see also setRandomFaults. */
  randomFaults?: RandomFaults;
  /** Answer CORS preflights and let pages on any origin read the answers (see cors.ts). */
  cors?: boolean;
}

/** What the server did, counted in every mode (in bench mode, the only record kept). */
export interface MockStats {
  handled: number;
  signaturesChecked: number;
  signaturesRejected: number;
}

export interface MockServer {
  url: string;
  port: number;
  /** Host as the SDKs should call it: `127.0.0.1:<port>`. */
  host: string;
  /** The most recent requests, oldest first (bounded: MAX_RECORDED_REQUESTS, MAX_RECORDED_BODY_BYTES). */
  requests: RecordedRequest[];
  /** How many times each action was acted on (e.g. a node pool created). */
  acted: Record<string, number>;
  /** Outcome counts. */
  stats: MockStats;
  setFault(fault: MockFault | null): void;
  /** Starts (or, with null, stops) per-request faults; the generator is seeded anew. */
  setRandomFaults(faults: RandomFaults | null): void;
  /** How many requests met each kind of fault (set or random). */
  faultsInjected: Partial<Record<RequestFault['kind'], number>>;
  close(): Promise<void>;
}

export const defaultRoutes: Record<string, MockRoute> = {
  CreateClusterNodePool: {
    method: 'POST',
    path: '/clusters/{ClusterId}/nodepools',
    respond: () => ({ status: 200, body: { nodepool_id: `np${randomUUID().replace(/-/g, '').slice(0, 30)}`, request_id: requestId() } }),
  },
};

/** randomUUID draws from a cached entropy pool, much cheaper per request than randomBytes. */
function requestId(): string {
  return randomUUID().toUpperCase();
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const routes: Record<string, MockRoute> = { ...defaultRoutes, ...options.routes };
  // Own properties only: an action named "constructor" or "__proto__" is just an unknown action.
  const routeOf = (action: string | undefined): MockRoute | undefined => (action !== undefined && Object.hasOwn(routes, action) ? routes[action] : undefined);
  const credentials = options.credentials ?? { [MOCK_ACCESS_KEY_ID]: MOCK_ACCESS_KEY_SECRET };
  const requests: RecordedRequest[] = [];
  const acted: Record<string, number> = {};
  const seenNonces = new Set<string>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const sockets = new Set<Socket>();
  const stats: MockStats = { handled: 0, signaturesChecked: 0, signaturesRejected: 0 };
  const verifyEvery = Math.max(1, Math.floor(options.bench?.verifyEvery ?? 1));
  let fault: (MockFault & { remaining: number }) | null = null;
  let reopenTimer: ReturnType<typeof setTimeout> | undefined;
  let randomFaults: { config: RandomFaults; next: () => number } | null = null;
  const faultsInjected: Partial<Record<RequestFault['kind'], number>> = {};
  const setRandomFaults = (config: RandomFaults | null | undefined): void => {
    randomFaults = config ? { config, next: seededRandom(config.seed ?? 1) } : null;
  };
  setRandomFaults(options.randomFaults);
  let server: Server;
  let listening = false;
  let closed = false;

  const takeFault = (): RequestFault | null => {
    if (!fault || fault.kind === 'refuse') return drawRandomFault();
    const current = fault;
    current.remaining--;
    if (current.remaining <= 0) fault = null;
    return current;
  };
  const drawRandomFault = (): RequestFault | null => {
    if (!randomFaults || randomFaults.config.faults.length === 0) return null;
    const { config, next } = randomFaults;
    if (next() >= config.probability) return null;
    return config.faults[Math.floor(next() * config.faults.length)] ?? null;
  };

  let recordedBodyBytes = 0;
  /** Adds to the history, dropping the oldest entries past either bound. */
  const remember = (record: RecordedRequest): void => {
    if (options.bench) return;
    requests.push(record);
    recordedBodyBytes += record.body.length;
    let drop = 0;
    while (requests.length - drop > MAX_RECORDED_REQUESTS || recordedBodyBytes > MAX_RECORDED_BODY_BYTES) {
      recordedBodyBytes -= requests[drop]!.body.length;
      drop++;
    }
    if (drop > 0) requests.splice(0, drop);
  };
  const rememberNonce = (nonce: string): void => {
    seenNonces.add(nonce);
    if (seenNonces.size > MAX_REMEMBERED_NONCES) seenNonces.delete(seenNonces.values().next().value as string);
  };

  const handle = (req: IncomingMessage, res: ServerResponse, rawBody: string): void => {
    const headers = flatHeaders(req);
    const action = headers['x-acs-action'];
    const record: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers,
      body: rawBody,
      action,
      signatureProblem: undefined,
      status: undefined,
      acted: false,
    };
    remember(record);
    stats.handled++;
    const id = requestId();
    const reply = (status: number, body: unknown, extraHeaders: Record<string, string> = {}): void => {
      record.status = status;
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', 'x-acs-request-id': id, ...extraHeaders });
      res.end(text);
    };
    const replyError = (status: number, code: string, message: string, extra: Record<string, string> = {}): void =>
      reply(status, { code, message, requestId: id, recommend: `https://api.aliyun.com/troubleshoot?q=${code}` }, extra);

    const verify = (stats.handled - 1) % verifyEvery === 0;
    const problem = verify ? verifySignature(req.method ?? '', req.url ?? '/', headers, rawBody, credentials, options.securityTokens) : undefined;
    if (verify) stats.signaturesChecked++;
    if (problem) {
      stats.signaturesRejected++;
      record.signatureProblem = problem.message;
      return replyError(problem.status, problem.code, problem.message);
    }
    if (!options.bench) {
      const nonce = headers['x-acs-signature-nonce'] as string;
      if (seenNonces.has(nonce)) return replyError(400, 'SignatureNonceUsed', 'The signature nonce has been used.');
      rememberNonce(nonce);
    }

    const route = routeOf(action);
    const [rawPath = '/', rawQuery = ''] = (req.url ?? '/').split('?', 2);
    const pathParams = route && action ? matchPath(route, req.method ?? '', rawPath) : undefined;
    if (!route || !action || !pathParams) {
      return replyError(404, 'InvalidAction.NotFound', 'The specified action or path is not found.');
    }
    let body: unknown;
    if (rawBody !== '') {
      try {
        body = JSON.parse(rawBody);
      } catch {
        return replyError(400, 'InvalidParameter', 'The request body is not valid JSON.');
      }
    }
    const query = parseQuery(rawQuery);
    const input: Record<string, unknown> = { ...pathParams, ...query, ...(body === undefined ? {} : { body }) };
    const request: MockRequest = { action, method: req.method ?? '', path: rawPath, pathParams, query, headers, body, input };

    const act = (): MockReply => {
      record.acted = true;
      acted[action] = (acted[action] ?? 0) + 1;
      return route.respond(request);
    };
    const proceed = (): void => {
      if (route.validate) {
        const result = route.validate(input);
        if (!result.ok) {
          // Paths and rule names only: never echo the submitted values.
          const described = result.issues.map((issue) => `${issue.path} (${issue.code})`).join(', ');
          return replyError(400, 'InvalidParameter', `The request is invalid: ${described}`);
        }
      }
      const answer = act();
      reply(answer.status, answer.body, answer.headers);
    };

    const current = takeFault();
    if (current) {
      record.fault = current.kind;
      faultsInjected[current.kind] = (faultsInjected[current.kind] ?? 0) + 1;
    }
    switch (current?.kind) {
      case undefined:
        return proceed();
      case 'status':
        return replyError(current.status ?? 500, current.code ?? 'InternalError', 'The request processing has failed due to some unknown error.');
      case 'throttle':
        return replyError(429, 'Throttling.User', 'Request was denied due to user flow control.', {
          'retry-after': current.retryAfter ?? '1',
        });
      case 'hang':
        if (current.act ?? true) act();
        return;
      case 'malformed-json': {
        act();
        record.status = 200;
        res.writeHead(200, { 'content-type': 'application/json', 'x-acs-request-id': id });
        res.end('{"nodepool_id": "np-truncated');
        return;
      }
      case 'reset-mid-body': {
        const text = JSON.stringify(act().body);
        record.status = 200;
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
        res.write(text.slice(0, Math.floor(text.length / 2)));
        const timer = setTimeout(() => {
          timers.delete(timer);
          req.socket.destroy();
        }, 10);
        timers.add(timer);
        return;
      }
      case 'slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          proceed();
        }, current.delayMs);
        timers.add(timer);
        return;
      }
    }
  };

  /** A route that throws (or any other slip) answers 500 instead of taking the server down. */
  const handleSafely = (req: IncomingMessage, res: ServerResponse, rawBody: string): void => {
    try {
      handle(req, res, rawBody);
    } catch {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json;charset=utf-8' });
        res.end(JSON.stringify({ code: 'InternalError', message: 'The mock server failed to handle the request.' }));
      } else {
        res.destroy();
      }
    }
  };

  const listen = (port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      server = createServer((req, res) => {
        if (options.cors && applyCors(req, res)) return;
        const chunks: Buffer[] = [];
        let size = 0;
        let refused = false;
        const refuseTooLarge = (): void => {
          refused = true;
          chunks.length = 0;
          req.removeAllListeners('data');
          req.resume(); // whatever else arrives is discarded, never kept
          remember({ method: req.method ?? '', url: req.url ?? '', headers: flatHeaders(req), body: '', action: req.headers['x-acs-action'] as string | undefined, signatureProblem: undefined, status: 413, acted: false });
          const text = JSON.stringify({ code: 'RequestEntityTooLarge', message: `The request body is larger than ${MAX_BODY_BYTES} bytes.` });
          res.writeHead(413, { 'content-type': 'application/json;charset=utf-8', connection: 'close' });
          res.end(text);
        };
        if (Number(req.headers['content-length']) > MAX_BODY_BYTES) return refuseTooLarge();
        req.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) refuseTooLarge();
          else chunks.push(chunk);
        });
        req.on('end', () => {
          if (!refused) handleSafely(req, res, Buffer.concat(chunks).toString('utf8'));
        });
        req.on('error', () => undefined);
      });
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        listening = true;
        resolve((server.address() as AddressInfo).port);
      });
    });

  const stopListening = (): Promise<void> =>
    new Promise((resolve) => {
      if (!listening) return resolve();
      listening = false;
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });

  const port = await listen(options.port ?? 0);
  const host = `127.0.0.1:${port}`;
  return {
    url: `http://${host}`,
    port,
    host,
    requests,
    acted,
    stats,
    setFault(next: MockFault | null): void {
      fault = next && { ...next, remaining: 'times' in next && next.times !== undefined ? next.times : 1 };
      if (next?.kind === 'refuse') {
        void stopListening();
        // A window that starts while the listener is still closed replaces the pending reopen (two would both
        // listen on the port, and the second would fail with EADDRINUSE).
        if (reopenTimer) {
          clearTimeout(reopenTimer);
          timers.delete(reopenTimer);
          reopenTimer = undefined;
        }
        if (next.reopenAfterMs !== undefined) {
          const timer = setTimeout(() => {
            timers.delete(timer);
            reopenTimer = undefined;
            fault = null;
            if (!closed) listen(port).catch(() => undefined);
          }, next.reopenAfterMs);
          reopenTimer = timer;
          timers.add(timer);
        }
      }
    },
    setRandomFaults,
    faultsInjected,
    async close(): Promise<void> {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await stopListening();
    },
  };
}

/** mulberry32: a small, fast generator that is good enough for test draws. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  return headers;
}

/** Path parameters of a route, or undefined when method or path does not match. */
function matchPath(route: MockRoute, method: string, rawPath: string): Record<string, string> | undefined {
  if (route.method && route.method !== method) return undefined;
  if (!route.path) return {};
  const names: string[] = [];
  const pattern = route.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  const match = new RegExp(`^${pattern}$`).exec(rawPath);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  names.forEach((name, index) => (params[name] = safeDecode(match[index + 1] ?? '')));
  return params;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function parseQuery(rawQuery: string): Record<string, string | string[]> {
  // No prototype: keys such as "__proto__" or "constructor" are plain entries.
  const query: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [key, value] of queryPairs(rawQuery)) {
    const previous = query[key];
    query[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return query;
}

function queryPairs(rawQuery: string): [string, string][] {
  if (rawQuery === '') return [];
  return rawQuery.split('&').map((part) => {
    const equals = part.indexOf('=');
    return equals < 0 ? [safeDecode(part), ''] : [safeDecode(part.slice(0, equals)), safeDecode(part.slice(equals + 1))];
  });
}

// ---- signature verification: written separately from the SDK's signer on purpose ----

const UNRESERVED = /[A-Za-z0-9\-_.~]/;

/** RFC 3986 encoding, byte by byte. */
function rfc3986(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += byte < 0x80 && UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function officialCanonicalPath(rawPath: string): string {
  return rawPath
    .split('/')
    .map((segment) => encodeURIComponent(safeDecode(segment)).replace(/\*/g, '%2A'))
    .join('/');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const REQUIRED_SIGNED = ['host', 'x-acs-action', 'x-acs-content-sha256', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-version'];

interface SignatureProblem {
  status: number;
  code: string;
  message: string;
}

export function verifySignature(
  method: string,
  url: string,
  headers: Record<string, string>,
  body: string,
  credentials: Record<string, string>,
  securityTokens?: readonly string[],
): SignatureProblem | undefined {
  const deny = (code: string, message: string, status = 400): SignatureProblem => ({ status, code, message });
  const auth = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(
    headers.authorization ?? '',
  );
  if (!auth) return deny('MissingAuthorization', 'The Authorization header is missing or malformed.');
  const [, accessKeyId = '', signedHeaderList = '', signature = ''] = auth;
  const secret = Object.hasOwn(credentials, accessKeyId) ? credentials[accessKeyId] : undefined;
  if (secret === undefined) return deny('InvalidAccessKeyId.NotFound', 'Specified access key is not found.', 404);
  const token = headers['x-acs-security-token'];
  if (token !== undefined && securityTokens && !securityTokens.includes(token)) {
    return deny('InvalidSecurityToken.Mismatch', 'The security token is not valid.');
  }
  const signed = signedHeaderList.split(';');
  const mustSign = [
    ...REQUIRED_SIGNED,
    ...Object.keys(headers).filter((name) => name.startsWith('x-acs-') || name === 'content-type'),
  ];
  const unsigned = mustSign.filter((name) => !signed.includes(name));
  if (unsigned.length > 0) return deny('SignatureDoesNotMatch', `Headers not signed: ${[...new Set(unsigned)].join(', ')}`);
  if (signed.join(';') !== [...signed].sort().join(';')) return deny('SignatureDoesNotMatch', 'SignedHeaders are not sorted.');
  const bodyHash = createHash('sha256').update(body, 'utf8').digest('hex');
  if (headers['x-acs-content-sha256'] !== bodyHash) return deny('SignatureDoesNotMatch', 'x-acs-content-sha256 does not match the body.');

  const [rawPath = '/', rawQuery = ''] = url.split('?', 2);
  const query = queryPairs(rawQuery)
    .map(([key, value]) => [rfc3986(key), rfc3986(value)] as const)
    .sort(([keyA, valueA], [keyB, valueB]) => compare(keyA, keyB) || compare(valueA, valueB))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const canonicalHeaders = signed.map((name) => `${name}:${(headers[name] ?? '').trim()}\n`).join('');
  const given = Buffer.from(signature, 'hex');
  const matches = (canonicalPath: string): boolean => {
    const canonical = [method, canonicalPath, query, canonicalHeaders, signedHeaderList, bodyHash].join('\n');
    const stringToSign = `ACS3-HMAC-SHA256\n${createHash('sha256').update(canonical, 'utf8').digest('hex')}`;
    const expected = createHmac('sha256', secret).update(stringToSign, 'utf8').digest();
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  // A strict RFC 3986 client signs the path exactly as sent. The official Alibaba client signs
  // encodeURIComponent(segment) with every '*' as %2A, but its wire path differs (it leaves later '*'s raw,
  // and Node escapes "'" to %27), so that canonical form is accepted as well.
  if (!matches(rawPath) && !matches(officialCanonicalPath(rawPath))) {
    return deny('SignatureDoesNotMatch', 'The request signature does not conform to Aliyun standards.');
  }
  return undefined;
}
