/**
 * Checks of the client's configuration and of request values that reach the URL or the headers. Everything here
 * runs before a request is built: a bad value fails with a typed error, and nothing is sent.
 */
import type { Credentials } from './credentials.js';
/** Largest delay a timer honours (2^31-1 ms, about 24.8 days); a larger one would fire at once. */
export declare const MAX_TIMER_MS: number;
/** Characters a header value may carry (RFC 9110 field-value, as Node and fetch accept them). */
export declare const INVALID_HEADER_CHAR: RegExp;
export interface CheckedOptions {
    timeoutMs?: number;
    maxRetries?: number;
    retryDelay?: {
        baseMs?: number;
        maxMs?: number;
    };
    maxResponseBytes?: number;
    region?: string;
    endpoint?: string;
    userAgent?: string;
}
/** Throws ConfigurationError naming the first option out of range or malformed. */
export declare function checkClientOptions(options: CheckedOptions): void;
/** A per-attempt timeout: a positive number of milliseconds no larger than a timer can wait. */
export declare function checkTimeout(timeoutMs: number): void;
/** `source` names where the region came from (the option or the environment variable). */
export declare function checkRegion(region: string, source: string): void;
/** A bare host (`cs.cn-beijing.aliyuncs.com`, `127.0.0.1:8080`) or an http(s) URL without credentials, query or fragment. */
export declare function checkEndpoint(endpoint: string): void;
/** The host of a region: its own entry in the service's table (never an inherited one), else the template. */
export declare function regionHost(regions: Readonly<Record<string, string>>, template: string, region: string): string;
/** A request's own property (never one inherited from Object.prototype or any other prototype). */
export declare function ownValue(object: Record<string, unknown>, name: string): unknown;
/** Path values that a client or a proxy would resolve away (`/a/..` is `/`): refused, not sent. */
export declare function checkPathValue(name: string, text: string): void;
/** Header values must not carry CR, LF or other characters that would end or corrupt the header. */
export declare function checkHeaderValue(name: string, text: string): void;
/**
 * What a credentials provider resolved with: a key id and secret as non-empty strings, and the key id and the STS
 * token free of characters that would corrupt the headers they travel in (CR, LF, non-Latin-1).
 */
export declare function checkCredentials(credentials: Credentials): Credentials;
/** JSON text of a request value; a circular, BigInt or too deeply nested value is a ValidationError, not a crash. */
export declare function toJsonText(name: string, value: unknown): string;
