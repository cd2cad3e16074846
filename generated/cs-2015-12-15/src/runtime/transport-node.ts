/**
 * node:http / node:https transport with keep-alive agents. The Node modules are imported lazily, on the
 * first request, so this file is safe to bundle for browsers (it is simply never called there).
 */
import { NetworkError } from './errors.js';
import { DEFAULT_MAX_RESPONSE_BYTES, declaredLength, decodeUtf8 } from './limits.js';
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
}

export interface NodeTransport extends Transport {
  /** Closes pooled connections. */
  destroy(): void;
}

export function createNodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  let modules: Promise<{ http: HttpModule; https: HttpsModule }> | undefined;
  const agents: { http?: Agent; https?: Agent } = {};

  const agentFor = (secure: boolean, http: HttpModule, https: HttpsModule): Agent => {
    const agentOptions = { keepAlive: options.keepAlive ?? true, maxSockets: options.maxSockets ?? 50 };
    return secure ? (agents.https ??= new https.Agent(agentOptions)) : (agents.http ??= new http.Agent(agentOptions));
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
      lastOrigin = {
        origin,
        target: {
          protocol: parsed.protocol,
          hostname,
          port: parsed.port || (secure ? 443 : 80),
          host: parsed.host,
          secure,
        },
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
    return send(
      target.secure ? https : http,
      agentFor(target.secure, http, https),
      target,
      path,
      request,
      signal,
      limit,
    );
  };
  return Object.assign(transport, {
    destroy(): void {
      agents.http?.destroy();
      agents.https?.destroy();
    },
  });
}

interface Target {
  protocol: string;
  hostname: string;
  port: string | number;
  /** host[:port], for messages. */
  host: string;
  secure: boolean;
}

function send(
  module: HttpModule | HttpsModule,
  agent: Agent,
  target: Target,
  path: string,
  request: HttpRequest,
  signal: AbortSignal,
  maxResponseBytes: number,
): Promise<HttpResponse> {
  return new Promise<HttpResponse>((resolve, reject) => {
    const headers: Record<string, string> = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    const secure = target.secure;
    // True once a connected socket carries the request: from then on the server may have acted on it.
    let written = false;
    let settled = false;

    const outgoing = module.request({
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
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
      finish(
        new NetworkError(`Connection to ${target.host} failed${code ? ` (${code})` : ''}`, {
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
