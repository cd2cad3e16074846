/**
 * The transport a client uses on Node when given none: HTTP/1.1 straight to the endpoint over a keep-alive pool
 * (http1.ts). `createNodeTransport` (transport-node.ts) adds proxies through the `router` hook, so that a bundle
 * without it carries no proxy code. The Node modules are imported on the first request, so this file is safe to
 * bundle for browsers (it is simply never called there).
 */
import type { CancelSignal } from './abort.js';
import { createPool, type Pool, type PoolSettings, type SocketModules } from './http1.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from './limits.js';
import type { HttpRequest, HttpResponse, Transport } from './transport.js';

export interface AgentSettings {
  /** Reuse connections between calls (default true). Idle sockets never keep the process alive. */
  keepAlive?: boolean;
  /** Connections per origin at most (default 50); further requests wait for one to come free. */
  maxSockets?: number;
  /** Certificate authorities to trust instead of Node's bundled list (PEM), e.g. a private endpoint's. */
  ca?: string | string[];
}

/** The origin a request goes to. */
export interface Target {
  /** scheme://host[:port] */
  origin: string;
  hostname: string;
  port: number;
  /** host[:port], for messages. */
  host: string;
  secure: boolean;
}

/** Sends one request another way than directly (through a proxy); `path` is the request's path and query. */
export type RoutedSend = (
  request: HttpRequest,
  path: string,
  signal: CancelSignal,
  maxResponseBytes: number,
) => Promise<HttpResponse>;

/** Chosen once per origin: how requests to it travel, or undefined for a direct connection. */
export type Router = (
  target: Target,
  settings: PoolSettings,
) => RoutedSend | undefined;

export interface NodeTransport extends Transport {
  /** Closes pooled connections. */
  destroy(): void;
  /**
   * It takes the client's per-attempt cancellation scope (abort.ts `CancelSignal`) as `signal`, so that the client
   * builds no AbortSignal per request for it. Any transport without this gets a real AbortSignal.
   */
  readonly takesCancelSignal: true;
}

export function createHttpTransport(
  settings: AgentSettings = {},
  router?: { route: Router; destroy(): void },
): NodeTransport {
  let modules: SocketModules | undefined;
  const poolSettings = {
    keepAlive: settings.keepAlive ?? true,
    maxSockets: settings.maxSockets ?? 50,
    ca: settings.ca,
  };
  const pools = new Map<string, Pool>();
  // A client talks to one endpoint: its URL's origin is parsed (and its route chosen) once, not on every request.
  let last: { origin: string; send: RoutedSend } | undefined;

  const transport = async (
    request: HttpRequest,
    { signal, maxResponseBytes }: { signal: CancelSignal; maxResponseBytes?: number | undefined },
  ): Promise<HttpResponse> => {
    // Awaited only until loaded: later requests go on synchronously.
    const loaded = modules ?? (await loadModules());
    signal.throwIfAborted();
    const url = request.url;
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    const origin = pathStart < 0 ? url : url.slice(0, pathStart);
    if (last?.origin !== origin) last = { origin, send: choose(loaded, origin) };
    const path = pathStart < 0 ? '/' : url.slice(pathStart);
    return last.send(request, path, signal, maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
  };

  const loadModules = async (): Promise<SocketModules> => {
    const [net, tls] = await Promise.all([import('node:net'), import('node:tls')]);
    return (modules = { net, tls });
  };

  const choose = (loaded: SocketModules, origin: string): RoutedSend => {
    const parsed = new URL(origin);
    const secure = parsed.protocol === 'https:';
    const hostname = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
    const port = Number(parsed.port) || (secure ? 443 : 80);
    const target = { origin: parsed.origin, hostname, port, host: parsed.host, secure };
    const routed = router?.route(target, poolSettings);
    if (routed) return routed;
    let pool = pools.get(target.origin);
    if (!pool) pools.set(target.origin, (pool = createPool(loaded, target, poolSettings)));
    return pool.exchange;
  };

  return Object.assign(transport, {
    takesCancelSignal: true as const,
    destroy(): void {
      for (const pool of pools.values()) pool.destroy();
      router?.destroy();
    },
  });
}
