/** Errors raised by the client's own safety limits: bad configuration, oversized responses, redirects. */
import { SdkError } from './errors.js';

/** A client option, call option or environment setting is invalid. Nothing was sent. */
export class ConfigurationError extends SdkError {
  override name: string = 'ConfigurationError';
  /** The option at fault, e.g. `region`, `timeoutMs`, `retryDelay.maxMs`. */
  readonly option: string;

  constructor(option: string, rule: string) {
    // The value itself is never quoted: an endpoint may carry userinfo, a region may be anything.
    super('InvalidConfiguration', `Invalid option \`${option}\`: ${rule}`);
    this.option = option;
  }
}

/**
 * The response body exceeded `maxResponseBytes`; reading stopped there and the connection was closed.
 * The server may have acted on the request, so it is never retried.
 */
export class ResponseTooLargeError extends SdkError {
  override name: string = 'ResponseTooLargeError';
  readonly statusCode: number;
  readonly limitBytes: number;

  constructor(statusCode: number, limitBytes: number) {
    super('ResponseTooLarge', `The response (HTTP ${statusCode}) is larger than the limit of ${limitBytes} bytes`);
    this.statusCode = statusCode;
    this.limitBytes = limitBytes;
  }
}

/**
 * The service answered with a redirect. Redirects are never followed: the signed request, its credentials and its
 * body go to the configured endpoint only. The server may have acted on the request; it is never retried.
 */
export class RedirectError extends SdkError {
  override name: string = 'RedirectError';
  /** The redirect status (301, 302, 303, 307, 308), or 0 where the platform hides it (browsers). */
  readonly statusCode: number;

  constructor(statusCode: number) {
    const status = statusCode === 0 ? 'a redirect' : `a redirect (HTTP ${statusCode})`;
    super('UnexpectedRedirect', `The service answered with ${status}; redirects are not followed`);
    this.statusCode = statusCode;
  }
}
