/**
 * The node:http / node:https exchange over a proxy route (an agent for CONNECT tunnels, or a forward proxy): how
 * `createNodeTransport` (transport-node.ts) sends what its router sends through a proxy. Direct connections do not
 * come here (http1.ts), so a bundle without proxy support carries none of this.
 */
import type { CancelSignal } from './abort.js';
import type { Target } from './node-http.js';
import { type HttpRequest, type HttpResponse } from './transport.js';
type HttpModule = typeof import('node:http');
type HttpsModule = typeof import('node:https');
type Agent = import('node:http').Agent;
export interface HttpModules {
    http: HttpModule;
    https: HttpsModule;
}
/** Another way to a target than a direct connection (a proxy): the agent, where the socket connects, and so on. */
export interface Route {
    agent: Agent;
    /** Where the socket connects (the target itself for a CONNECT tunnel, the proxy for a forward proxy). */
    connectTo?: {
        protocol: string;
        hostname: string;
        port: number;
    };
    /** The request target: the path, or the absolute URL for a forward proxy. */
    path: string;
    headers?: Record<string, string>;
    /** Appended to connection error messages, e.g. ` through proxy host:3128`. */
    via: string;
    /** More words for a connection error this route caused, if any (e.g. what the proxy answered). */
    reason?: (error: unknown) => string;
}
export declare function sendThroughRoute(module: HttpModule | HttpsModule, route: Route, target: Target, request: HttpRequest, signal: CancelSignal, maxResponseBytes: number): Promise<HttpResponse>;
export {};
