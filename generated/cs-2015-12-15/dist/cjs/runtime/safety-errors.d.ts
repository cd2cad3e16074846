/** Errors raised by the client's own safety limits: bad configuration, oversized responses, redirects. */
import { SdkError } from './errors.js';
/** A client option, call option or environment setting is invalid. Nothing was sent. */
export declare class ConfigurationError extends SdkError {
    name: string;
    /** The option at fault, e.g. `region`, `timeoutMs`, `retryDelay.maxMs`. */
    readonly option: string;
    constructor(option: string, rule: string);
}
/**
 * The response body exceeded `maxResponseBytes`; reading stopped there and the connection was closed.
 * The server may have acted on the request, so it is never retried.
 */
export declare class ResponseTooLargeError extends SdkError {
    name: string;
    readonly statusCode: number;
    readonly limitBytes: number;
    constructor(statusCode: number, limitBytes: number);
}
/**
 * The service answered with a redirect. Redirects are never followed: the signed request, its credentials and its
 * body go to the configured endpoint only. The server may have acted on the request; it is never retried.
 */
export declare class RedirectError extends SdkError {
    name: string;
    /** The redirect status (301, 302, 303, 307, 308), or 0 where the platform hides it (browsers). */
    readonly statusCode: number;
    constructor(statusCode: number);
}
