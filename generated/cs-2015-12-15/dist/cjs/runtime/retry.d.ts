export interface RetryOptions {
    /** Retries after the first attempt (default 3). */
    maxRetries: number;
    /** Backoff base: attempt n waits up to base × 2ⁿ (default 200 ms). */
    baseDelayMs: number;
    /** Upper bound for any wait, including one asked for by Retry-After (default 20 s). */
    maxDelayMs: number;
}
export declare const DEFAULT_RETRY: RetryOptions;
export declare function isThrottling(statusCode: number, code: string | undefined): boolean;
/** Whether a failed attempt may be repeated. */
export declare function shouldRetry(error: unknown, idempotent: boolean): boolean;
/** Service errors callers may retry in general (throttling and gateway failures). */
export declare function isRetryableStatus(statusCode: number, code: string | undefined): boolean;
/** Exponential backoff with full jitter; `retry` counts from 0 for the first retry. */
export declare function backoffDelay(retry: number, options: RetryOptions, random?: () => number): number;
/** The wait before the next attempt: at least what Retry-After asks for, never more than maxDelayMs. */
export declare function retryDelay(retry: number, options: RetryOptions, retryAfterMs?: number, random?: () => number): number;
/** Parses Retry-After: delta seconds or an HTTP date. Undefined when absent or unreadable. */
export declare function parseRetryAfter(value: string | undefined, now?: number): number | undefined;
