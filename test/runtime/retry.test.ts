import { describe, expect, it } from 'vitest';
import { ServiceError, NetworkError, ResponseParseError, TimeoutError, ValidationError } from '../../generator/runtime/errors.ts';
import { backoffDelay, isThrottling, parseRetryAfter, retryDelay, shouldRetry } from '../../generator/runtime/retry.ts';

const serviceError = (statusCode: number, code: string): ServiceError =>
  new ServiceError({ statusCode, code, message: code, retryable: false });
const network = (requestWritten: boolean): NetworkError => new NetworkError('x', { requestWritten, causeCode: 'ECONNRESET' });

describe('shouldRetry', () => {
  it.each([
    ['429', serviceError(429, 'TooManyRequests'), true, true],
    ['Throttling.* code on a 400', serviceError(400, 'Throttling.User'), true, true],
    ['502', serviceError(502, 'BadGateway'), true, false],
    ['503', serviceError(503, 'ServiceUnavailable'), true, false],
    ['504', serviceError(504, 'GatewayTimeout'), true, false],
    ['500', serviceError(500, 'InternalError'), false, false],
    ['400 InvalidParameter', serviceError(400, 'InvalidParameter'), false, false],
    ['network error before write', network(false), true, true],
    ['network error after write', network(true), true, false],
    ['timeout', new TimeoutError(10), true, false],
    ['malformed response', new ResponseParseError(200), false, false],
    ['validation error', new ValidationError([]), false, false],
    ['a foreign error', new Error('x'), false, false],
  ])('%s: idempotent %s, non-idempotent %s', (_, error, idempotent, nonIdempotent) => {
    expect(shouldRetry(error, true)).toBe(idempotent);
    expect(shouldRetry(error, false)).toBe(nonIdempotent);
  });

  it('recognises throttling by status or code prefix', () => {
    expect(isThrottling(429, undefined)).toBe(true);
    expect(isThrottling(400, 'Throttling')).toBe(true);
    expect(isThrottling(503, 'ServiceUnavailable')).toBe(false);
  });
});

describe('delays', () => {
  const options = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1_000 };

  it('full jitter: between 0 and base × 2^retry, capped', () => {
    expect(backoffDelay(0, options, () => 0.999)).toBe(99);
    expect(backoffDelay(2, options, () => 0.5)).toBe(200);
    expect(backoffDelay(10, options, () => 0.999)).toBe(999);
    expect(backoffDelay(3, options, () => 0)).toBe(0);
  });

  it('waits at least Retry-After, but never beyond maxDelayMs', () => {
    expect(retryDelay(0, options, 500, () => 0)).toBe(500);
    expect(retryDelay(0, options, 60_000, () => 0)).toBe(1_000);
    expect(retryDelay(3, options, 10, () => 0.5)).toBe(400);
  });

  it('parses Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-27T12:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Fri, 27 Nov 2026 12:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});
