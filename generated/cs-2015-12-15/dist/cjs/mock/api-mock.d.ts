import { type MockFault, type MockRoute, type MockStats, type ValidationResultLike } from './http-server.js';
import { type WireParam, type WireType } from './wire.js';
export type { MockFault, MockStats } from './http-server.js';
/** How one operation goes over the wire: the client's operation descriptor. */
export interface MockOperation {
    action: string;
    method: string;
    path: string;
    params: readonly WireParam[];
}
/** One row of the routes table the generator writes. */
export interface ApiRoute {
    operation: MockOperation;
    validate: (value: unknown) => ValidationResultLike;
    /** `[name, type]` of each parameter whose values are not plain strings (pairs: any name is safe, `__proto__` too). */
    types?: readonly (readonly [string, WireType])[];
    /** JSON text of a success response, synthesized from the response schema when the package was generated. */
    sample: string;
}
export interface MockServerOptions {
    /** Default 0: a free port. */
    port?: number;
    /** Reads a cluster, node pool or task stays in its transitional state (`initial`, `scaling`, …). Default 2. */
    transitionPolls?: number;
    /** A fault for the next request(s) from the start, e.g. `{ kind: 'status', status: 503, code: 'ServiceUnavailable', times: 2 }`. */
    fault?: MockFault;
    /** The access key the mock accepts. Default: a fixed test key (see `credentials` of the result). */
    credentials?: MockCredentials;
    /** Larger request bodies are answered 413. Default 1 MiB. */
    maxBodyBytes?: number;
    /** Clusters, node pools and tasks kept at most (each). Default 10 000. */
    maxResources?: number;
    /** false: no clusters, node pools or tasks are kept; every operation answers from its response sample. Default true. */
    stateful?: boolean;
}
export interface MockCredentials {
    accessKeyId: string;
    accessKeySecret: string;
}
export interface MockServer {
    /** `http://127.0.0.1:<port>`: pass it as the client's `endpoint`. */
    endpoint: string;
    port: number;
    /** The access key the mock accepts: pass it as the client's `credentials`. */
    credentials: MockCredentials;
    /** Injects a fault into the next request(s); null clears it. */
    setFault(fault: MockFault | null): void;
    /** Counts of requests handled and signatures checked or rejected. */
    stats: MockStats;
    close(): Promise<void>;
}
export declare function startApiMock(routes: readonly ApiRoute[], options?: MockServerOptions): Promise<MockServer>;
/**
 * The HTTP routes of a routes table, by action: each decodes the wire's strings, validates with the package's
 * validator and answers through one resource lifecycle (or, with `stateful: false`, from the samples alone).
 */
export declare function httpRoutes(routes: readonly ApiRoute[], options?: Pick<MockServerOptions, 'transitionPolls' | 'maxResources' | 'stateful'>): Record<string, MockRoute>;
