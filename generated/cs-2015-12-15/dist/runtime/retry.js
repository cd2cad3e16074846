/**
 * When to try again, and how long to wait. A call that is not idempotent (e.g. a create) is repeated only
 * when the server provably did not act on it: it was throttled, or the connection failed before the request
 * was written. Timeouts and resets after writing are never retried for such calls.
 */
import { CsServiceError, NetworkError, TimeoutError } from './errors.js';
export const DEFAULT_RETRY = { maxRetries: 3, baseDelayMs: 200, maxDelayMs: 20_000 };
const TRANSIENT_STATUS = new Set([502, 503, 504]);
export function isThrottling(statusCode, code) {
    return statusCode === 429 || (code !== undefined && code.startsWith('Throttling'));
}
/** Whether a failed attempt may be repeated. */
export function shouldRetry(error, idempotent) {
    if (error instanceof CsServiceError) {
        if (isThrottling(error.statusCode, error.code))
            return true;
        return idempotent && TRANSIENT_STATUS.has(error.statusCode);
    }
    if (error instanceof NetworkError)
        return idempotent || !error.requestWritten;
    if (error instanceof TimeoutError)
        return idempotent;
    return false;
}
/** Service errors callers may retry in general (throttling and gateway failures). */
export function isRetryableStatus(statusCode, code) {
    return isThrottling(statusCode, code) || TRANSIENT_STATUS.has(statusCode);
}
/** Exponential backoff with full jitter; `retry` counts from 0 for the first retry. */
export function backoffDelay(retry, options, random = Math.random) {
    const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
    return Math.floor(random() * ceiling);
}
/** The wait before the next attempt: at least what Retry-After asks for, never more than maxDelayMs. */
export function retryDelay(retry, options, retryAfterMs, random = Math.random) {
    const jittered = backoffDelay(retry, options, random);
    return Math.min(options.maxDelayMs, Math.max(jittered, retryAfterMs ?? 0));
}
/** Parses Retry-After: delta seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(value, now = Date.now()) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
