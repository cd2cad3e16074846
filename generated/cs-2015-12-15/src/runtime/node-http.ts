/**
 * The node:http / node:https exchange with keep-alive agents, connecting directly: the transport a client uses on
 * Node when given none. `createNodeTransport` (transport-node.ts) adds proxies through the `router` hook, so that
 * a bundle without it carries no proxy code. The Node modules are imported on the first request, so this file is
 * safe to bundle for browsers (it is simply never called there).
 */
import { NetworkError } from './errors.js';
import { declaredLength, decodeUtf8 } from './limits.js';
import { ResponseTooLargeError } from './safety-errors.js';
import {
  isNotConnectedCode,
  systemErrorCode,
  type HttpRequest,
  type HttpResponse,
  type Transport,
  type TransportContext,
} from './transport.js';

type HttpModule = typeof import('node:http');
type HttpsModule = typeof import('node:https');
type Agent = import('node:http').Agent;
type IncomingMessage = import('node:http').IncomingMessage;

export interface HttpModules {
  http: HttpModule;
  https: HttpsModule;
}

export interface AgentSettings {
  /** Reuse connections between calls (default true). Idle sockets never keep the process alive. */
  keepAlive?: boolean;
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

/** Another way to a target than a direct connection (a proxy): the agent, where the socket connects, and so on. */
export interface Route {
  agent: Agent;
  /** Where the socket connects (the target itself for a CONNECT tunnel, the proxy for a forward proxy). */
  connectTo?: { protocol: string; hostname: string; port: number };
  /** The request target: the path, or the absolute URL for a forward proxy. */
  path: string;
  headers?: Record<string, string>;
  /** Appended to connection error messages, e.g. ` through proxy host:3128`. */
  via: string;
  /** More words for a connection error this route caused, if any (e.g. what the proxy answered). */
  reason?: (error: unknown) => string;
}

/** Chosen once per origin: how each request to it travels, or undefined for a direct connection. */
export type Router = (
  target: Target,
  agentOptions: AgentSettings,
) => ((modules: HttpModules, path: string) => Promise<Route>) | undefined;

export interface NodeTransport extends Transport {
  /** Closes pooled connections. */
  destroy(): void;
}

export function createHttpTransport(
  settings: AgentSettings = {},
  router?: { route: Router; destroy(): void },
): NodeTransport {
  let modules: Promise<HttpModules> | undefined;
  const agents: { http?: Agent; https?: Agent } = {};
  const agentOptions = {
    keepAlive: settings.keepAlive ?? true,
    maxSockets: settings.maxSockets ?? 50,
    ca: settings.ca,
  };
  // A client talks to one endpoint: its URL's origin is parsed (and its route chosen) once, not on every request.
  let last: { origin: string; target: Target; via: ReturnType<Router> } | undefined;

  const transport = async (
    request: HttpRequest,
    { signal, maxResponseBytes }: TransportContext,
  ): Promise<HttpResponse> => {
    modules ??= Promise.all([import('node:http'), import('node:https')]).then(([http, https]) => ({ http, https }));
    const loaded = await modules;
    signal.throwIfAborted();
    const url = request.url;
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    const origin = pathStart < 0 ? url : url.slice(0, pathStart);
    const path = pathStart < 0 ? '/' : url.slice(pathStart);
    if (last?.origin !== origin) {
      const parsed = new URL(origin);
      const secure = parsed.protocol === 'https:';
      const hostname = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
      const target = {
        origin: parsed.origin,
        hostname,
        port: Number(parsed.port) || (secure ? 443 : 80),
        host: parsed.host,
        secure,
      };
      last = { origin, target, via: router?.route(target, agentOptions) };
    }
    const { target, via } = last;
    const module = target.secure ? loaded.https : loaded.http;
    const route = via
      ? await via(loaded, path)
      : { agent: (agents[target.secure ? 'https' : 'http'] ??= new module.Agent(agentOptions)), path, via: '' };
    return send(module, route, target, request, signal, maxResponseBytes ?? 16 * 1024 * 1024);
  };
  return Object.assign(transport, {
    destroy(): void {
      agents.http?.destroy();
      agents.https?.destroy();
      router?.destroy();
    },
  });
}

function send(
  module: HttpModule | HttpsModule,
  route: Route,
  target: Target,
  request: HttpRequest,
  signal: AbortSignal,
  maxResponseBytes: number,
): Promise<HttpResponse> {
  return new Promise<HttpResponse>((resolve, reject) => {
    const headers: Record<string, string> = { ...request.headers, ...route.headers };
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    // True once a connected socket carries the request: from then on the server may have acted on it.
    let written = false;
    let settled = false;
    const connectTo = route.connectTo ?? target;
    const outgoing = module.request({
      protocol: route.connectTo?.protocol ?? (target.secure ? 'https:' : 'http:'),
      hostname: connectTo.hostname,
      port: connectTo.port,
      path: route.path,
      method: request.method,
      headers,
      agent: route.agent,
    });

    const finish = (error: unknown, response?: HttpResponse): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (response) resolve(response);
      else reject(error);
    };
    const onAbort = (): void => {
      finish(signal.reason);
      outgoing.destroy();
    };
    const onNetworkError = (error: unknown): void => {
      if (signal.aborted) return finish(signal.reason);
      const code = systemErrorCode(error);
      finish(
        new NetworkError(
          `Connection to ${target.host}${route.via} failed${code ? ` (${code})` : ''}${route.reason?.(error) ?? ''}`,
          {
            requestWritten: written && !isNotConnectedCode(code),
            cause: error,
            causeCode: code,
          },
        ),
      );
    };

    signal.addEventListener('abort', onAbort, { once: true });
    outgoing.on('socket', (socket) => {
      if (!socket.connecting) written = true;
      else socket.once(target.secure ? 'secureConnect' : 'connect', () => (written = true));
    });
    outgoing.on('error', onNetworkError);
    outgoing.on('response', (incoming: IncomingMessage) => {
      const statusCode = incoming.statusCode ?? 0;
      // Stop at the cap: destroying the request closes the socket, so an endless body is not read any further.
      const tooLarge = (): void => {
        finish(new ResponseTooLargeError(statusCode, maxResponseBytes));
        outgoing.destroy();
      };
      if ((declaredLength(incoming.headers['content-length']) ?? 0) > maxResponseBytes) return tooLarge();
      const chunks: Buffer[] = [];
      let received = 0;
      const reset = (message: string): void =>
        onNetworkError(Object.assign(new Error(message), { code: 'ECONNRESET' }));
      incoming.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > maxResponseBytes) return tooLarge();
        chunks.push(chunk);
      });
      incoming.on('error', onNetworkError);
      incoming.on('aborted', () => reset('response aborted'));
      incoming.on('end', () => {
        if (!incoming.complete) return reset('response ended early');
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        finish(undefined, { statusCode, headers: flat, body: decodeUtf8(chunks, received) });
      });
    });
    outgoing.end(request.body);
  });
}
