import { type Transport } from './transport.js';
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
export declare function createNodeTransport(options?: NodeTransportOptions): NodeTransport;
