import { type Transport } from './transport.js';
type HttpModule = typeof import('node:http');
type HttpsModule = typeof import('node:https');
type Agent = import('node:http').Agent;
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
/** Chosen once per origin: how each request to it travels, or undefined for a direct connection. */
export type Router = (target: Target, agentOptions: AgentSettings) => ((modules: HttpModules, path: string) => Promise<Route>) | undefined;
export interface NodeTransport extends Transport {
    /** Closes pooled connections. */
    destroy(): void;
}
export declare function createHttpTransport(settings?: AgentSettings, router?: {
    route: Router;
    destroy(): void;
}): NodeTransport;
export {};
