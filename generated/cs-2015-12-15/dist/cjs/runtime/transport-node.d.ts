/**
 * The Node transport: HTTP/1.1 with keep-alive straight to the endpoint (http1.ts), or through the proxy the `proxy`
 * option or the environment (HTTPS_PROXY / HTTP_PROXY / NO_PROXY, see proxy.ts) names, HTTPS through a CONNECT
 * tunnel (node:http over proxy-route.ts). A client built without it (the generated base client given no `transport`) sends
 * through the platform's fetch, and its bundle carries none of this.
 */
import { type AgentSettings, type NodeTransport } from './node-http.js';
export type { NodeTransport } from './node-http.js';
export interface NodeTransportOptions extends AgentSettings {
    /**
     * An http:// proxy URL (`http://user:password@proxy:3128`), or `false` for direct connections whatever the
     * environment says. Unset: HTTPS_PROXY / HTTP_PROXY / NO_PROXY decide (see proxy.ts).
     */
    proxy?: string | false;
}
export declare function createNodeTransport(options?: NodeTransportOptions): NodeTransport;
