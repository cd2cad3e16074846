/**
 * The node:http / node:https exchange over a proxy route (an agent for CONNECT tunnels, or a forward proxy): how
 * `createNodeTransport` (transport-node.ts) sends what its router sends through a proxy. Direct connections do not
 * come here (http1.ts), so a bundle without proxy support carries none of this.
 */
import type { CancelSignal } from './abort.js';
import { NetworkError } from './errors.js';
import { declaredLength, decodeUtf8 } from './limits.js';
import type { Target } from './node-http.js';
import { ResponseTooLargeError } from './safety-errors.js';
import { isNotConnectedCode, systemErrorCode, type HttpRequest, type HttpResponse } from './transport.js';

type HttpModule = typeof import('node:http');
type HttpsModule = typeof import('node:https');
type Agent = import('node:http').Agent;
type IncomingMessage = import('node:http').IncomingMessage;

export interface HttpModules {
  http: HttpModule;
  https: HttpsModule;
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

export function sendThroughRoute(
  module: HttpModule | HttpsModule,
  route: Route,
  target: Target,
  request: HttpRequest,
  signal: CancelSignal,
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
