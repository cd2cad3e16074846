/**
 * node:http / node:https transport with keep-alive agents. The Node modules are imported lazily, on the
 * first request, so this file is safe to bundle for browsers (it is simply never called there).
 */
import { NetworkError } from './errors.js';
import { DEFAULT_MAX_RESPONSE_BYTES, declaredLength, decodeUtf8 } from './limits.js';
import { proxyFor, type Proxy } from './proxy.js';
import { createTunnelAgent, PROXY_TUNNEL_FAILED } from './proxy-tunnel.js';
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

export interface NodeTransportOptions {
  /** Reuse connections between calls (default true). Idle sockets never keep the process alive. */
  keepAlive?: boolean;
  maxSockets?: number;
  /**
   * An http:// proxy URL (`http://user:password@proxy:3128`), or `false` for direct connections whatever the
   * environment says. Unset: HTTPS_PROXY / HTTP_PROXY / NO_PROXY decide (see proxy.ts).
   */
  proxy?: string | false;
  /** Certificate authorities to trust instead of Node's bundled list (PEM), e.g. a private endpoint's. */
  ca?: string | string[];
}

export interface NodeTransport extends Transport {
  /** Closes pooled connections. */
  destroy(): void;
}

export function createNodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  let modules: Promise<{ http: HttpModule; https: HttpsModule }> | undefined;
  const agents: { http?: Agent; https?: Agent } = {};
  // Keyed by proxy (host and credentials) and kind: a forward proxy for http URLs, CONNECT tunnels for https.
  const proxyAgents = new Map<string, Agent>();
  const agentOptions = {
    keepAlive: options.keepAlive ?? true,
    maxSockets: options.maxSockets ?? 50,
    ...(options.ca === undefined ? {} : { ca: options.ca }),
  };

  const agentFor = (secure: boolean, http: HttpModule, https: HttpsModule): Agent => {
    return secure ? (agents.https ??= new https.Agent(agentOptions)) : (agents.http ??= new http.Agent(agentOptions));
  };
  const proxyAgentFor = async (target: Target, proxy: Proxy, http: HttpModule, https: HttpsModule): Promise<Agent> => {
    const key = `${target.secure ? 'tunnel' : 'forward'} ${proxy.host} ${proxy.authorization ?? ''}`;
    let agent = proxyAgents.get(key);
    if (agent === undefined) {
      agent = target.secure
        ? createTunnelAgent({ http, https, tls: await import('node:tls') }, proxy, agentOptions)
        : new http.Agent(agentOptions);
      proxyAgents.set(key, agent);
    }
    return agent;
  };

  // A client talks to one endpoint: its URL's origin is parsed once, not on every request.
  let lastOrigin: { origin: string; target: Target } | undefined;
  const targetOf = (url: string): { target: Target; path: string } => {
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    const origin = pathStart === -1 ? url : url.slice(0, pathStart);
    if (lastOrigin?.origin !== origin) {
      const parsed = new URL(origin);
      const secure = parsed.protocol === 'https:';
      const hostname = parsed.hostname.startsWith('[') ? parsed.hostname.slice(1, -1) : parsed.hostname;
      const port = parsed.port ? Number(parsed.port) : secure ? 443 : 80;
      const proxy = proxyFor(secure, hostname, port, options.proxy);
      lastOrigin = {
        origin,
        target: { origin: parsed.origin, protocol: parsed.protocol, hostname, port, host: parsed.host, secure, proxy },
      };
    }
    return { target: lastOrigin.target, path: pathStart === -1 ? '/' : url.slice(pathStart) };
  };

  const transport = async (
    request: HttpRequest,
    { signal, maxResponseBytes }: TransportContext,
  ): Promise<HttpResponse> => {
    modules ??= Promise.all([import('node:http'), import('node:https')]).then(([http, https]) => ({ http, https }));
    const { http, https } = await modules;
    signal.throwIfAborted();
    const { target, path } = targetOf(request.url);
    const limit = maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const { proxy } = target;
    if (proxy === undefined) {
      return send(
        target.secure ? https : http,
        agentFor(target.secure, http, https),
        target,
        target,
        path,
        request,
        signal,
        limit,
      );
    }
    const agent = await proxyAgentFor(target, proxy, http, https);
    if (target.secure) return send(https, agent, target, target, path, request, signal, limit);
    // A forward proxy takes the absolute URL as the request target.
    const forward = { protocol: 'http:', hostname: proxy.hostname, port: proxy.port };
    return send(http, agent, target, forward, target.origin + path, request, signal, limit);
  };
  return Object.assign(transport, {
    destroy(): void {
      agents.http?.destroy();
      agents.https?.destroy();
      for (const agent of proxyAgents.values()) agent.destroy();
    },
  });
}

interface Target {
  /** scheme://host[:port] */
  origin: string;
  protocol: string;
  hostname: string;
  port: number;
  /** host[:port], for messages. */
  host: string;
  secure: boolean;
  /** The proxy requests to this origin go through, if any. */
  proxy: Proxy | undefined;
}

/** Where the socket connects: the target itself, or a forward proxy. */
type ConnectTo = Pick<Target, 'protocol' | 'hostname' | 'port'>;

function send(
  module: HttpModule | HttpsModule,
  agent: Agent,
  target: Target,
  connectTo: ConnectTo,
  path: string,
  request: HttpRequest,
  signal: AbortSignal,
  maxResponseBytes: number,
): Promise<HttpResponse> {
  return new Promise<HttpResponse>((resolve, reject) => {
    const headers: Record<string, string> = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    const { proxy, secure } = target;
    if (proxy !== undefined && !secure) {
      headers.host ??= target.host;
      if (proxy.authorization !== undefined) headers['proxy-authorization'] = proxy.authorization;
    }
    // True once a connected socket carries the request: from then on the server may have acted on it.
    let written = false;
    let settled = false;

    const outgoing = module.request({
      protocol: connectTo.protocol,
      hostname: connectTo.hostname,
      port: connectTo.port,
      path,
      method: request.method,
      headers,
      agent,
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
      const requestWritten = written && !isNotConnectedCode(code);
      const via = proxy ? ` through proxy ${proxy.host}` : '';
      const reason = code === PROXY_TUNNEL_FAILED ? `: ${(error as Error).message}` : '';
      finish(
        new NetworkError(`Connection to ${target.host}${via} failed${code ? ` (${code})` : ''}${reason}`, {
          requestWritten,
          cause: error,
          ...(code ? { causeCode: code } : {}),
        }),
      );
    };

    signal.addEventListener('abort', onAbort, { once: true });
    outgoing.on('socket', (socket) => {
      if (!socket.connecting) written = true;
      else socket.once(secure ? 'secureConnect' : 'connect', () => (written = true));
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
      incoming.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > maxResponseBytes) return tooLarge();
        chunks.push(chunk);
      });
      incoming.on('error', onNetworkError);
      incoming.on('aborted', () =>
        onNetworkError(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })),
      );
      incoming.on('end', () => {
        if (!incoming.complete) {
          return onNetworkError(Object.assign(new Error('response ended early'), { code: 'ECONNRESET' }));
        }
        finish(undefined, {
          statusCode,
          headers: flattenHeaders(incoming.headers),
          body: decodeUtf8(chunks, received),
        });
      });
    });
    outgoing.end(request.body);
  });
}

function flattenHeaders(headers: import('node:http').IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
