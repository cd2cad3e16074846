/**
 * The HTTP side of the mock service on 127.0.0.1: verifies the ACS3-HMAC-SHA256 signature of every request, finds
 * the route by the `x-acs-action` header (method and path must match too), validates, answers, and can be switched
 * into fault modes. It keeps no request history (an `observe` callback sees each request instead), remembers a
 * bounded window of nonces, caps request bodies, and answers bad input with an error rather than failing.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { applyCors } from './cors.js';
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET, verifySignature } from './signature.js';
import { dict, flatHeaders, parseQuery, pathMatcher, type Dict } from './wire.js';

export interface ValidationIssueLike {
  path: string;
  code: string;
  message: string;
}
export type ValidationResultLike = { ok: true; value: unknown } | { ok: false; issues: readonly ValidationIssueLike[] };

/** A request as a route sees it. */
export interface MockRequest {
  action: string;
  method: string;
  /** Raw path as received (still percent-encoded). */
  path: string;
  pathParams: Dict<string>;
  query: Dict<string | string[]>;
  headers: Dict<string>;
  /** Parsed JSON body, undefined when there is none. */
  body: unknown;
  /** The client's request shape: path and query parameters at the top level, the JSON body under `body`. */
  input: Dict<unknown>;
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
  /** Turns the wire's strings into the values the validator expects (`page_size=10` → 10); runs before `validate`. */
  decode?: (input: Dict<unknown>, headers: Readonly<Dict<string>>) => Dict<unknown>;
  validate?: (input: unknown) => ValidationResultLike;
  respond: (request: MockRequest) => MockReply;
}

export type MockFault =
  /** Answer `status` (default 500) with `code` without acting, `times` times (default 1); then behave normally. */
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

/** One request as the server saw it; `observe` receives it before it is answered, and sees it filled in later. */
export interface ObservedRequest {
  method: string;
  url: string;
  headers: Dict<string>;
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

export interface MockHttpOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Routes by action. */
  routes?: Readonly<Record<string, MockRoute>>;
  /** accessKeyId → accessKeySecret; default: MOCK_ACCESS_KEY_ID → MOCK_ACCESS_KEY_SECRET. */
  credentials?: Readonly<Record<string, string>>;
  /** When given, only these STS tokens are accepted. */
  securityTokens?: readonly string[];
  /**
   * Lean mode for throughput benchmarks: nonces are not remembered (so one pre-signed request may be replayed), and
   * the signature of only every `verifyEvery`-th request is checked (default 1: all). Outcomes are counted in `stats`.
   */
  bench?: { verifyEvery?: number };
  /** A fault from the start; see also setFault. */
  fault?: MockFault;
  /** Per-request faults from the start; see also setRandomFaults. */
  randomFaults?: RandomFaults;
  /** Answer CORS preflights and let pages on any origin read the answers (see cors.ts). Default true. */
  cors?: boolean;
  /** Larger request bodies are answered 413 unread. Default 1 MiB. */
  maxBodyBytes?: number;
  /** How many nonces are remembered to refuse a replayed request. Default 10 000. */
  nonceWindow?: number;
  /** Sees every request (the server itself keeps none). */
  observe?: (request: ObservedRequest) => void;
}

/** What the server did, counted in every mode. */
export interface MockStats {
  handled: number;
  signaturesChecked: number;
  signaturesRejected: number;
}

export interface MockHttpServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  port: number;
  /** Host as the SDKs should call it: `127.0.0.1:<port>`. */
  host: string;
  /** How many times each action was acted on (e.g. a node pool created). */
  acted: Dict<number>;
  stats: MockStats;
  /** How many requests met each kind of fault (set or random). */
  faultsInjected: Partial<Record<RequestFault['kind'], number>>;
  setFault(fault: MockFault | null): void;
  /** Starts (or, with null, stops) per-request faults; the generator is seeded anew. */
  setRandomFaults(faults: RandomFaults | null): void;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES: number = 1024 * 1024;
const DEFAULT_NONCE_WINDOW = 10_000;

/** randomUUID draws from a cached entropy pool, much cheaper per request than randomBytes. */
export function requestId(): string {
  return randomUUID().toUpperCase();
}

/** An error body as the service writes one. */
export function errorBody(code: string, message: string, id: string = requestId()): Record<string, string> {
  return {
    code,
    message,
    requestId: id,
    recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}`,
  };
}

interface CompiledRoute {
  route: MockRoute;
  match: (rawPath: string) => Dict<string> | undefined;
}

function compileRoutes(routes: Readonly<Record<string, MockRoute>>): Map<string, CompiledRoute> {
  const compiled = new Map<string, CompiledRoute>();
  for (const [action, route] of Object.entries(routes)) {
    compiled.set(action, { route, match: route.path === undefined ? () => dict<string>() : pathMatcher(route.path) });
  }
  return compiled;
}

export async function startMockHttpServer(options: MockHttpOptions = {}): Promise<MockHttpServer> {
  const routes = compileRoutes(options.routes ?? {});
  const credentials = options.credentials ?? { [MOCK_ACCESS_KEY_ID]: MOCK_ACCESS_KEY_SECRET };
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const nonces = new NonceWindow(options.nonceWindow ?? DEFAULT_NONCE_WINDOW);
  const acted = dict<number>();
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
  const later = (delayMs: number, run: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, delayMs);
    timers.add(timer);
  };

  const handle = (req: IncomingMessage, res: ServerResponse, rawBody: string): void => {
    const headers = flatHeaders(req);
    const action = headers['x-acs-action'];
    const record: ObservedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers,
      body: rawBody,
      action,
      signatureProblem: undefined,
      status: undefined,
      acted: false,
    };
    options.observe?.(record);
    stats.handled++;
    const id = requestId();
    const reply = (status: number, body: unknown, extraHeaders: Record<string, string> = {}): void => {
      if (res.headersSent || res.destroyed) return;
      record.status = status;
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json;charset=utf-8',
        'x-acs-request-id': id,
        ...extraHeaders,
      });
      res.end(text);
    };
    const replyError = (status: number, code: string, message: string, extra: Record<string, string> = {}): void =>
      reply(status, errorBody(code, message, id), extra);

    const verify = (stats.handled - 1) % verifyEvery === 0;
    const problem = verify
      ? verifySignature(req.method ?? '', req.url ?? '/', headers, rawBody, credentials, options.securityTokens)
      : undefined;
    if (verify) stats.signaturesChecked++;
    if (problem) {
      stats.signaturesRejected++;
      record.signatureProblem = problem.message;
      return replyError(problem.status, problem.code, problem.message);
    }
    if (!options.bench && !nonces.remember(headers['x-acs-signature-nonce'] ?? '')) {
      return replyError(400, 'SignatureNonceUsed', 'The signature nonce has been used.');
    }

    const compiled = action === undefined ? undefined : routes.get(action);
    const [rawPath = '/', rawQuery = ''] = (req.url ?? '/').split('?', 2);
    const methodMatches =
      compiled !== undefined && (compiled.route.method === undefined || compiled.route.method === req.method);
    const pathParams = methodMatches ? compiled.match(rawPath) : undefined;
    if (!compiled || action === undefined || !pathParams) {
      return replyError(404, 'InvalidAction.NotFound', 'The specified action or path is not found.');
    }
    const { route } = compiled;
    let body: unknown;
    if (rawBody !== '') {
      try {
        body = JSON.parse(rawBody);
      } catch {
        return replyError(400, 'InvalidParameter', 'The request body is not valid JSON.');
      }
    }
    const query = parseQuery(rawQuery);
    let input: Dict<unknown> = Object.assign(dict<unknown>(), pathParams, query);
    if (body !== undefined) input.body = body;
    if (route.decode) input = route.decode(input, headers);
    const request: MockRequest = {
      action,
      method: req.method ?? '',
      path: rawPath,
      pathParams,
      query,
      headers,
      body,
      input,
    };

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
    const guarded = (run: () => void): void => {
      try {
        run();
      } catch {
        replyError(500, 'InternalError', 'The mock server failed to answer this request.');
      }
    };

    const current = takeFault();
    if (current) {
      record.fault = current.kind;
      faultsInjected[current.kind] = (faultsInjected[current.kind] ?? 0) + 1;
    }
    switch (current?.kind) {
      case undefined:
        return guarded(proceed);
      case 'status':
        return replyError(
          current.status ?? 500,
          current.code ?? 'InternalError',
          'The request processing has failed due to some unknown error.',
        );
      case 'throttle':
        return replyError(429, 'Throttling.User', 'Request was denied due to user flow control.', {
          'retry-after': current.retryAfter ?? '1',
        });
      case 'hang':
        if (current.act ?? true) guarded(act);
        return;
      case 'malformed-json': {
        guarded(act);
        if (res.headersSent) return;
        record.status = 200;
        res.writeHead(200, { 'content-type': 'application/json', 'x-acs-request-id': id });
        res.end('{"nodepool_id": "np-truncated');
        return;
      }
      case 'reset-mid-body':
        return guarded(() => {
          const text = JSON.stringify(act().body);
          record.status = 200;
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
          res.write(text.slice(0, Math.floor(text.length / 2)));
          later(10, () => req.socket.destroy());
        });
      case 'slow':
        return later(current.delayMs, () => guarded(proceed));
    }
  };

  const receive = (req: IncomingMessage, res: ServerResponse): void => {
    if ((options.cors ?? true) && applyCors(req, res)) return;
    const tooLarge = (): void => {
      if (!res.headersSent) {
        res.writeHead(413, { 'content-type': 'application/json;charset=utf-8', connection: 'close' });
        res.end(
          JSON.stringify({ code: 'RequestEntityTooLarge', message: `The request body exceeds ${maxBodyBytes} bytes.` }),
        );
      }
      req.resume();
    };
    if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxBodyBytes) {
        refused = true;
        chunks.length = 0;
        return tooLarge();
      }
      chunks.push(chunk);
    });
    req.on('error', () => req.socket.destroy());
    req.on('end', () => {
      if (refused) return;
      try {
        handle(req, res, Buffer.concat(chunks).toString('utf8'));
      } catch {
        // Bad input must never stop the server: whatever a route or decoder threw becomes a 500.
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json;charset=utf-8' });
          res.end(JSON.stringify(errorBody('InternalError', 'The mock server failed to answer this request.')));
        }
      }
    });
  };

  const listen = (port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      server = createServer(receive);
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

  const setFault = (next: MockFault | null): void => {
    fault = next && { ...next, remaining: 'times' in next && next.times !== undefined ? next.times : 1 };
    if (next?.kind !== 'refuse') return;
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
  };

  const port = await listen(options.port ?? 0);
  const host = `127.0.0.1:${port}`;
  if (options.fault) setFault(options.fault);
  return {
    url: `http://${host}`,
    port,
    host,
    acted,
    stats,
    faultsInjected,
    setFault,
    setRandomFaults,
    async close(): Promise<void> {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await stopListening();
    },
  };
}

/** The last `size` nonces seen, oldest forgotten first: a replay within the window is refused, memory stays bounded. */
class NonceWindow {
  private readonly seen = new Set<string>();
  constructor(private readonly size: number) {}

  /** False when the nonce is already in the window. */
  remember(nonce: string): boolean {
    if (this.seen.has(nonce)) return false;
    this.seen.add(nonce);
    if (this.seen.size > this.size) this.seen.delete(this.seen.values().next().value as string);
    return true;
  }
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
