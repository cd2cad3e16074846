/**
 * HTTP/1.1 over node:net / node:tls with a keep-alive pool per origin: how the Node transport reaches an endpoint
 * directly. A request is one socket write (head and body together) and the response goes through a small parser,
 * instead of node:http's request objects, agents and streams, which cost more CPU per request than signing and
 * validating together. One exchange at a time per connection (no pipelining); at most `maxSockets` connections,
 * further requests wait for one to come free. Idle connections never keep the process alive.
 */
import type { CancelSignal } from './abort.js';
import type { Target } from './node-http.js';
import { type HttpRequest, type HttpResponse } from './transport.js';
export interface SocketModules {
    net: typeof import('node:net');
    tls: typeof import('node:tls');
}
/** Where the connections go (`host` is also the Host header). */
export type Origin = Omit<Target, 'origin'>;
export interface PoolSettings {
    keepAlive: boolean;
    maxSockets: number;
    ca?: string | string[] | undefined;
}
export interface Pool {
    exchange(request: HttpRequest, path: string, signal: CancelSignal, maxResponseBytes: number): Promise<HttpResponse>;
    destroy(): void;
}
export declare function createPool(modules: SocketModules, origin: Origin, settings: PoolSettings): Pool;
