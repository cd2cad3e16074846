/**
 * The transport a client uses on Node when given none: HTTP/1.1 straight to the endpoint over a keep-alive pool
 * (http1.ts). `createNodeTransport` (transport-node.ts) adds proxies through the `router` hook, so that a bundle
 * without it carries no proxy code. The Node modules are imported on the first request, so this file is safe to
 * bundle for browsers (it is simply never called there).
 */
import type { CancelSignal } from './abort.js';
import { type PoolSettings } from './http1.js';
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
export type RoutedSend = (request: HttpRequest, path: string, signal: CancelSignal, maxResponseBytes: number) => Promise<HttpResponse>;
/** Chosen once per origin: how requests to it travel, or undefined for a direct connection. */
export type Router = (target: Target, settings: PoolSettings) => RoutedSend | undefined;
export interface NodeTransport extends Transport {
    /** Closes pooled connections. */
    destroy(): void;
    /**
     * It takes the client's per-attempt cancellation scope (abort.ts `CancelSignal`) as `signal`, so that the client
     * builds no AbortSignal per request for it. Any transport without this gets a real AbortSignal.
     */
    readonly takesCancelSignal: true;
}
export declare function createHttpTransport(settings?: AgentSettings, router?: {
    route: Router;
    destroy(): void;
}): NodeTransport;
