import { type Transport } from './transport.js';
export interface NodeTransportOptions {
    /** Reuse connections between calls (default true). Idle sockets never keep the process alive. */
    keepAlive?: boolean;
    maxSockets?: number;
}
export interface NodeTransport extends Transport {
    /** Closes pooled connections. */
    destroy(): void;
}
export declare function createNodeTransport(options?: NodeTransportOptions): NodeTransport;
