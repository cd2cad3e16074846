/**
 * When to try again, and how long to wait. A call that is not idempotent (e.g. a create) is repeated only
 * when the server provably did not act on it: it was throttled, or the connection failed before the request
 * was written. Timeouts and resets after writing are never retried for such calls.
 */
import { ServiceError, NetworkError, TimeoutError } from './errors.js';

export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  maxRetries: number;
  /** Backoff base: attempt n waits up to base × 2ⁿ (default 200 ms). */
  baseDelayMs: number;
  /** Upper bound for any wait, including one asked for by Retry-After (default 20 s). */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxRetries: 3, baseDelayMs: 200, maxDelayMs: 20_000 };

const TRANSIENT_STATUS: ReadonlySet<number> = new Set([502, 503, 504]);

export function isThrottling(statusCode: number, code: string | undefined): boolean {
  return statusCode === 429 || (code !== undefined && code.startsWith('Throttling'));
}

/** Whether a failed attempt may be repeated. */
export function shouldRetry(error: unknown, idempotent: boolean): boolean {
  if (error instanceof ServiceError) {
    if (isThrottling(error.statusCode, error.code)) return true;
    return idempotent && TRANSIENT_STATUS.has(error.statusCode);
  }
  if (error instanceof NetworkError) return idempotent || !error.requestWritten;
  if (error instanceof TimeoutError) return idempotent;
  return false;
}

/** Service errors callers may retry in general (throttling and gateway failures). */
export function isRetryableStatus(statusCode: number, code: string | undefined): boolean {
  return isThrottling(statusCode, code) || TRANSIENT_STATUS.has(statusCode);
}

/** Exponential backoff with full jitter; `retry` counts from 0 for the first retry. */
export function backoffDelay(retry: number, options: RetryOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/** The wait before the next attempt: at least what Retry-After asks for, never more than maxDelayMs. */
export function retryDelay(
  retry: number,
  options: RetryOptions,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  const jittered = backoffDelay(retry, options, random);
  return Math.min(options.maxDelayMs, Math.max(jittered, retryAfterMs ?? 0));
}

/** Parses Retry-After: delta seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
