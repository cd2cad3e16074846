/**
 * Checks of the client's configuration and of request values that reach the URL or the headers. Everything here
 * runs before a request is built: a bad value fails with a typed error, and nothing is sent.
 */
import type { Credentials } from './credentials.js';
import { CredentialsError, ValidationError } from './errors.js';
import { MAX_RESPONSE_BYTES_LIMIT } from './limits.js';
import { ConfigurationError } from './safety-errors.js';
import type { ValidationCode } from './validation.js';

/** Largest delay a timer honours (2^31-1 ms, about 24.8 days); a larger one would fire at once. */
export const MAX_TIMER_MS: number = 2 ** 31 - 1;

/** Lowercase words joined by single hyphens: `cn-hangzhou`, `ap-southeast-1`. */
const REGION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/** A DNS name or IPv4 address, or a bracketed IPv6 address, with an optional port. */
const BARE_HOST = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$`);
/** Characters a header value may carry (RFC 9110 field-value, as Node and fetch accept them). */
export const INVALID_HEADER_CHAR: RegExp = /[^\t\x20-\x7e\x80-\xff]/;

export interface CheckedOptions {
  timeoutMs?: number;
  maxRetries?: number;
  retryDelay?: { baseMs?: number; maxMs?: number };
  maxResponseBytes?: number;
  region?: string;
  endpoint?: string;
  userAgent?: string;
}

/** Throws ConfigurationError naming the first option out of range or malformed. */
export function checkClientOptions(options: CheckedOptions): void {
  if (options.timeoutMs !== undefined) checkTimeout(options.timeoutMs);
  checkRange('maxRetries', options.maxRetries, 0, Number.MAX_SAFE_INTEGER, true);
  checkRange('retryDelay.baseMs', options.retryDelay?.baseMs, 0, MAX_TIMER_MS, false);
  checkRange('retryDelay.maxMs', options.retryDelay?.maxMs, 0, MAX_TIMER_MS, false);
  checkRange('maxResponseBytes', options.maxResponseBytes, 1, MAX_RESPONSE_BYTES_LIMIT, true);
  if (options.region !== undefined) checkRegion(options.region, 'region');
  if (options.endpoint !== undefined) checkEndpoint(options.endpoint);
  if (options.userAgent !== undefined && INVALID_HEADER_CHAR.test(options.userAgent)) {
    throw new ConfigurationError('userAgent', 'must not contain control characters or characters outside Latin-1');
  }
}

/** A per-attempt timeout: a positive number of milliseconds no larger than a timer can wait. */
export function checkTimeout(timeoutMs: number): void {
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS)) {
    throw new ConfigurationError('timeoutMs', `must be a number of milliseconds above 0 and at most ${MAX_TIMER_MS}`);
  }
}

/** Unset, or a finite number (a safe integer when `integer`) from `min` to `max`. */
function checkRange(option: string, value: number | undefined, min: number, max: number, integer: boolean): void {
  if (value === undefined) return;
  const ok =
    typeof value === 'number' &&
    value >= min &&
    value <= max &&
    (integer ? Number.isSafeInteger(value) : Number.isFinite(value));
  if (!ok) throw new ConfigurationError(option, `must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
}

/** `source` names where the region came from (the option or the environment variable). */
export function checkRegion(region: string, source: string): void {
  if (typeof region !== 'string' || !REGION.test(region)) {
    throw new ConfigurationError(
      source,
      'must be a region id such as cn-hangzhou (lowercase letters, digits, single hyphens)',
    );
  }
}

/** A bare host (`cs.cn-beijing.aliyuncs.com`, `127.0.0.1:8080`) or an http(s) URL without credentials, query or fragment. */
export function checkEndpoint(endpoint: string): void {
  if (typeof endpoint === 'string' && BARE_HOST.test(endpoint)) return;
  let url: URL | undefined;
  try {
    url = new URL(endpoint);
  } catch {
    // Refused below.
  }
  if (!url || url.username || url.password || !/^https?:\/\/[^/?#@\\\s][^\s\\?#]*$/i.test(endpoint)) {
    throw new ConfigurationError(
      'endpoint',
      'must be a host name (optionally with a port) or an http(s) URL without credentials, whitespace, backslashes, query or fragment',
    );
  }
}

/** The host of a region: its own entry in the service's table (never an inherited one), else the template. */
export function regionHost(regions: Readonly<Record<string, string>>, template: string, region: string): string {
  return (ownValue(regions, region) as string | undefined) ?? template.replace('{region}', region);
}

/** A request's own property (never one inherited from Object.prototype or any other prototype). */
export function ownValue(object: Record<string, unknown>, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, name) ? object[name] : undefined;
}

/** The ValidationError for one request value the client refuses to send, naming the parameter, never its value. */
function refuseValue(name: string, code: ValidationCode, message: string): never {
  throw new ValidationError([{ path: `/${name}`, code, message }]);
}

/** Path values that a client or a proxy would resolve away (`/a/..` is `/`): refused, not sent. */
export function checkPathValue(name: string, text: string): void {
  if (text === '') refuseValue(name, 'required', 'path parameter is required');
  if (text === '.' || text === '..') refuseValue(name, 'path_segment', 'must not be a dot segment ("." or "..")');
}

/** Header values must not carry CR, LF or other characters that would end or corrupt the header. */
export function checkHeaderValue(name: string, text: string): void {
  if (INVALID_HEADER_CHAR.test(text)) {
    refuseValue(
      name,
      'header_value',
      'must not contain control characters (such as CR or LF) or characters outside Latin-1',
    );
  }
}

/**
 * What a credentials provider resolved with: a key id and secret as non-empty strings, and the key id and the STS
 * token free of characters that would corrupt the headers they travel in (CR, LF, non-Latin-1).
 */
export function checkCredentials(credentials: Credentials): Credentials {
  const { accessKeyId, accessKeySecret, securityToken } = (credentials ?? {}) as Partial<
    Record<keyof Credentials, unknown>
  >;
  const complete =
    typeof accessKeyId === 'string' &&
    accessKeyId !== '' &&
    typeof accessKeySecret === 'string' &&
    accessKeySecret !== '';
  if (!complete || (securityToken !== undefined && typeof securityToken !== 'string')) {
    throw new CredentialsError('Incomplete credentials: accessKeyId and accessKeySecret must be non-empty strings');
  }
  if (
    INVALID_HEADER_CHAR.test(accessKeyId) ||
    (securityToken !== undefined && INVALID_HEADER_CHAR.test(securityToken))
  ) {
    throw new CredentialsError('The access key id or security token contains characters not allowed in an HTTP header');
  }
  return credentials;
}

/** JSON text of a request value; a circular, BigInt or too deeply nested value is a ValidationError, not a crash. */
export function toJsonText(name: string, value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    const reason =
      error instanceof RangeError
        ? 'is nested too deeply'
        : 'is circular or holds a value JSON cannot represent (BigInt, …)';
    return refuseValue(name, 'type', `cannot be sent as JSON: it ${reason}`);
  }
}
