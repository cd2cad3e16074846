import { type Dict } from './wire.js';
export interface ValidationIssueLike {
    path: string;
    code: string;
    message: string;
}
export type ValidationResultLike = {
    ok: true;
    value: unknown;
} | {
    ok: false;
    issues: readonly ValidationIssueLike[];
};
/** A request as a route sees it. */
export interface MockRequest {
    action: string;
    method: string;
    /** Raw path as received (still percent-encoded). */
    path: string;
    pathParams: Dict<string>;
    query: Dict<string | string[]>;
    headers: Dict<string>;
    /** Parsed JSON body, undefined when there is none. */
    body: unknown;
    /** The client's request shape: path and query parameters at the top level, the JSON body under `body`. */
    input: Dict<unknown>;
}
export interface MockReply {
    status: number;
    body: unknown;
    headers?: Record<string, string>;
}
export interface MockRoute {
    method?: string;
    /** Path template such as `/clusters/{ClusterId}/nodepools`; a mismatch answers 404. */
    path?: string;
    /** Turns the wire's strings into the values the validator expects (`page_size=10` → 10); runs before `validate`. */
    decode?: (input: Dict<unknown>, headers: Readonly<Dict<string>>) => Dict<unknown>;
    validate?: (input: unknown) => ValidationResultLike;
    respond: (request: MockRequest) => MockReply;
}
export type MockFault = 
/** Answer `status` (default 500) with `code` without acting, `times` times (default 1); then behave normally. */
{
    kind: 'status';
    status?: number;
    code?: string;
    times?: number;
}
/** Answer 429 Throttling.User with Retry-After (default "1") without acting. */
 | {
    kind: 'throttle';
    retryAfter?: string;
    times?: number;
}
/** Act (unless act: false), then never answer. */
 | {
    kind: 'hang';
    act?: boolean;
    times?: number;
}
/** Act, then answer 200 with a body that is not JSON. */
 | {
    kind: 'malformed-json';
    times?: number;
}
/** Act, send the headers and half the body, then destroy the connection. */
 | {
    kind: 'reset-mid-body';
    times?: number;
}
/** Wait, then behave normally. */
 | {
    kind: 'slow';
    delayMs: number;
    times?: number;
}
/** Close the listener now (connections are refused); listen again on the same port after reopenAfterMs. */
 | {
    kind: 'refuse';
    reopenAfterMs?: number;
};
/** A fault that applies to one request (every kind but refuse). */
export type RequestFault = Exclude<MockFault, {
    kind: 'refuse';
}>;
/**
 * Faults drawn per request: each request gets one with the given probability, picked uniformly from `faults`
 * (their `times` is ignored). The draws come from a generator seeded with `seed`, so the same sequence of requests
 * meets the same faults. A fault set with setFault takes precedence while it lasts.
 */
export interface RandomFaults {
    probability: number;
    faults: readonly RequestFault[];
    /** Default 1. */
    seed?: number;
}
/** One request as the server saw it; `observe` receives it before it is answered, and sees it filled in later. */
export interface ObservedRequest {
    method: string;
    url: string;
    headers: Dict<string>;
    body: string;
    action: string | undefined;
    /** Why the signature was rejected; undefined when it verified. */
    signatureProblem: string | undefined;
    /** The status answered; undefined when the server never answered. */
    status: number | undefined;
    acted: boolean;
    /** The fault this request met, if any. */
    fault?: RequestFault['kind'];
}
export interface MockHttpOptions {
    /** Default 0: a free port. */
    port?: number;
    /** Routes by action. */
    routes?: Readonly<Record<string, MockRoute>>;
    /** accessKeyId → accessKeySecret; default: MOCK_ACCESS_KEY_ID → MOCK_ACCESS_KEY_SECRET. */
    credentials?: Readonly<Record<string, string>>;
    /** When given, only these STS tokens are accepted. */
    securityTokens?: readonly string[];
    /**
     * Lean mode for throughput benchmarks: nonces are not remembered (so one pre-signed request may be replayed), and
     * the signature of only every `verifyEvery`-th request is checked (default 1: all). Outcomes are counted in `stats`.
     */
    bench?: {
        verifyEvery?: number;
    };
    /** A fault from the start; see also setFault. */
    fault?: MockFault;
    /** Per-request faults from the start; see also setRandomFaults. */
    randomFaults?: RandomFaults;
    /** Answer CORS preflights and let pages on any origin read the answers (see cors.ts). Default true. */
    cors?: boolean;
    /** Larger request bodies are answered 413 unread. Default 1 MiB. */
    maxBodyBytes?: number;
    /** How many nonces are remembered to refuse a replayed request. Default 10 000. */
    nonceWindow?: number;
    /** Sees every request (the server itself keeps none). */
    observe?: (request: ObservedRequest) => void;
}
/** What the server did, counted in every mode. */
export interface MockStats {
    handled: number;
    signaturesChecked: number;
    signaturesRejected: number;
}
export interface MockHttpServer {
    /** `http://127.0.0.1:<port>`. */
    url: string;
    port: number;
    /** Host as the SDKs should call it: `127.0.0.1:<port>`. */
    host: string;
    /** How many times each action was acted on (e.g. a node pool created). */
    acted: Dict<number>;
    stats: MockStats;
    /** How many requests met each kind of fault (set or random). */
    faultsInjected: Partial<Record<RequestFault['kind'], number>>;
    setFault(fault: MockFault | null): void;
    /** Starts (or, with null, stops) per-request faults; the generator is seeded anew. */
    setRandomFaults(faults: RandomFaults | null): void;
    close(): Promise<void>;
}
export declare const DEFAULT_MAX_BODY_BYTES: number;
/** randomUUID draws from a cached entropy pool, much cheaper per request than randomBytes. */
export declare function requestId(): string;
/** An error body as the service writes one. */
export declare function errorBody(code: string, message: string, id?: string): Record<string, string>;
export declare function startMockHttpServer(options?: MockHttpOptions): Promise<MockHttpServer>;
/** mulberry32: a small, fast generator that is good enough for test draws. */
export declare function seededRandom(seed: number): () => number;
