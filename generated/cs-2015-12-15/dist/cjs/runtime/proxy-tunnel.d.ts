/**
 * HTTPS through an HTTP proxy: an https.Agent whose connections are CONNECT tunnels with TLS to the target run over
 * them, pooled and kept alive like direct connections. Node only (the Node transport creates it on demand).
 */
import type { Proxy } from './proxy.js';
type HttpModule = typeof import('node:http');
type HttpsModule = typeof import('node:https');
type TlsModule = typeof import('node:tls');
type HttpsAgent = import('node:https').Agent;
/** `code` of the error a connection fails with when the proxy refuses the tunnel; its message says why. */
export declare const PROXY_TUNNEL_FAILED = "ERR_PROXY_TUNNEL";
export declare function createTunnelAgent(modules: {
    http: HttpModule;
    https: HttpsModule;
    tls: TlsModule;
}, proxy: Proxy, agentOptions: import('node:https').AgentOptions): HttpsAgent;
export {};
