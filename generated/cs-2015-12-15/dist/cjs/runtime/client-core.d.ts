/**
 * The engine every generated client calls: validate → build the HTTP request → sign → send → retry → parse.
 */
import type { CredentialEndpoints } from './credentials-chain.js';
import { type Credentials, type CredentialsProvider } from './credentials.js';
import type { Hook, HookSupport } from './hooks.js';
import type { EventSupport, Logger } from './log.js';
import type { Transport } from './transport.js';
import { type ValidationResult } from './validation.js';
export interface ServiceDescriptor {
    product: string;
    version: string;
    /** Host template, e.g. `cs.{region}.aliyuncs.com`. */
    endpointTemplate: string;
    /** regionId → host, for regions whose host does not follow the template. */
    regions: Readonly<Record<string, string>>;
    defaultRegion?: string;
}
export interface ParamDescriptor {
    name: string;
    in: 'path' | 'query' | 'header';
    style?: 'json' | 'simple' | 'form';
    explode?: boolean;
}
export interface OperationDescriptor {
    action: string;
    method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD';
    /** Path template, e.g. `/clusters/{ClusterId}/nodepools`. */
    path: string;
    params: readonly ParamDescriptor[];
    body: boolean;
    idempotent: boolean;
    /** JSON Pointers of secret request fields, e.g. `/body/scaling_group/login_password`; `*` matches any key or index. */
    sensitive?: readonly string[];
    /** The success body is text (a script, say), returned under `value`; a JSON string is read as its value. */
    textResponse?: boolean;
}
export interface ClientOptions {
    region?: string;
    /**
     * Bare host (`cs.cn-beijing.aliyuncs.com`, HTTPS) or an http(s) URL (`http://127.0.0.1:8080`, used as is) without
     * userinfo, query or fragment. Checked when the client is built, like `region` (lowercase words and hyphens).
     */
    endpoint?: string;
    credentials?: Credentials | CredentialsProvider;
    /**
     * STS and instance-metadata URLs for the default credential chain, used when `credentials` is not given by a client
     * built with the chain (the generated client class). Refused by a client without it.
     */
    credentialEndpoints?: CredentialEndpoints;
    transport?: Transport;
    /** Per attempt, from the credentials provider to the last body byte; default 30 000 ms, at most 2^31-1. */
    timeoutMs?: number;
    /** Largest response body read, in bytes (default 16 MiB); a larger one rejects with ResponseTooLargeError. */
    maxResponseBytes?: number;
    /** Retries after the first attempt (default 3): a non-negative integer. */
    maxRetries?: number;
    /** Backoff tuning: base and cap of the waits between attempts (0 to 2^31-1 ms; the cap also bounds Retry-After). */
    retryDelay?: {
        baseMs?: number;
        maxMs?: number;
    };
    /** Validate requests before sending (default true). */
    validate?: boolean;
    /** Appended to the SDK's user agent. */
    userAgent?: string;
    /**
     * Node.js only (the built-in transport): an http:// proxy URL, credentials allowed (`http://user:pass@host:3128`),
     * used for every request; `false` for direct connections. Unset: HTTPS_PROXY / HTTP_PROXY / NO_PROXY decide.
     * For the transport a client builds itself (the generated client class); refused by a client built without proxy support.
     */
    proxy?: string | false;
    /**
     * Receives a structured debug event per request, response, retry and failure (see log.ts); `console` will do.
     * Needs the `events` feature (the generated client class has it).
     */
    logger?: Logger;
    /** Run around every attempt of every call, before the call's own hooks (see hooks.ts). Needs the `hooks` feature. */
    hooks?: readonly Hook[];
}
/**
 * What a client is built with beyond the minimal path (signing, retries, typed errors, the secret guard, requests
 * through the platform's fetch, credentials from the option or the environment keys). The generated client class
 * passes `allFeatures` (features.ts); the generated base client passes only what it is given, so that bundlers leave the rest out.
 */
export interface ClientFeatures {
    /** The provider when the `credentials` option is absent (`allFeatures`: the default chain); else `fromEnv()`. */
    credentials?: (options: ClientOptions) => CredentialsProvider;
    /**
     * The transport when the `transport` option is absent (`allFeatures`: on Node, HTTP/1.1 over node:net with proxies);
     * else the platform's fetch.
     */
    transport?: (options: ClientOptions) => Transport & {
        destroy?(): void;
    };
    /** Runs the `hooks` options and checks per-call `headers` (hooks.ts `hookSupport`); without it they are refused. */
    hooks?: HookSupport;
    /** Sends debug events to the `logger` option (log.ts `debugEvents`); without it `logger` is refused. */
    events?: EventSupport;
}
export interface CallOptions {
    signal?: AbortSignal;
    timeoutMs?: number;
    validate?: boolean;
    /**
     * Extra request headers; those named `x-acs-*` are signed. Headers the SDK sets itself are refused. Needs the
     * `hooks` feature.
     */
    headers?: Readonly<Record<string, string>>;
    /** Run around every attempt of this call, after the client's hooks. Needs the `hooks` feature. */
    hooks?: readonly Hook[];
}
export interface ResponseMetadata {
    requestId?: string;
    httpStatusCode: number;
    attempts: number;
}
/** A parsed response with its metadata. A body that is not an object (a bare string) comes under `value`. */
export type WithMetadata<T> = (T extends object ? T : {
    value: T;
}) & {
    $metadata: ResponseMetadata;
};
export declare class ClientCore {
    #private;
    constructor(service: ServiceDescriptor, options?: ClientOptions, features?: ClientFeatures);
    /** Closes pooled connections of the built-in Node transport (idle ones never keep the process alive anyway). */
    destroy(): void;
    send<Req extends object, Res>(op: OperationDescriptor, request: Req, validator: ((v: unknown) => ValidationResult<Req>) | undefined, options?: CallOptions): Promise<WithMetadata<Res>>;
}
/** The string values found at the given JSON Pointers (`*` matches every key or index). */
export declare function sensitiveValues(input: unknown, pointers: readonly string[] | undefined): string[];
