import type { ValidationIssue } from './validation.js';

/** What is known about the HTTP exchange(s) behind a result or an error. */
export interface ErrorMetadata {
  requestId?: string;
  httpStatusCode?: number;
  attempts: number;
}

/**
 * Base of every error the SDK throws. `code` is stable: switch on it (or use `instanceof`).
 * Messages never quote credentials or values of fields marked sensitive: server text that repeats one is withheld
 * before the error is built (see redact.ts), so `message`, `stack`, `toString()`, `toJSON()` and util.inspect are
 * all safe.
 */
export class SdkError extends Error {
  override name: string = 'SdkError';
  readonly code: string;
  declare $metadata?: ErrorMetadata;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /** Every public field (`cause` and `stack` are left out: they may carry what the SDK was given). */
  toJSON(): Record<string, unknown> {
    const fields: Record<string, unknown> = { name: this.name, message: this.message };
    return Object.assign(fields, this);
  }
}

/** The service answered with a non-2xx status. `code` is Alibaba's error code (e.g. `InvalidParameter`). */
export class ServiceError extends SdkError {
  override name: string = 'ServiceError';
  declare readonly statusCode: number;
  declare readonly requestId: string | undefined;
  declare readonly recommend: string | undefined;
  declare readonly retryable: boolean;

  constructor(fields: {
    statusCode: number;
    code: string;
    message: string;
    requestId?: string | undefined;
    recommend?: string | undefined;
    retryable: boolean;
  }) {
    super(fields.code, fields.message);
    // `code` and `message` are set already; the rest become fields (the message stays non-enumerable, as Error's).
    Object.assign(this, fields);
  }
}

/** The request failed client-side validation; nothing was sent. */
export class ValidationError extends SdkError {
  override name: string = 'ValidationError';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super('ValidationError', describeIssues(issues));
    this.issues = issues;
  }
}

/** Lists where and which rule failed, never the offending values. */
function describeIssues(issues: readonly ValidationIssue[]): string {
  const shown = issues.slice(0, 10).map((issue) => `${issue.path || '/'} (${issue.code})`);
  const more = issues.length > shown.length ? `, and ${issues.length - shown.length} more` : '';
  return `Request is invalid: ${shown.join(', ')}${more}`;
}

/** An attempt took longer than the configured timeout. */
export class TimeoutError extends SdkError {
  override name: string = 'TimeoutError';
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super('Timeout', `No response within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The connection failed. `requestWritten` says whether the request may have reached the server:
 * when it is false (e.g. connection refused) the server provably did not act on it.
 */
export class NetworkError extends SdkError {
  override name: string = 'NetworkError';
  /** The system error code, e.g. `ECONNREFUSED`, `ECONNRESET`, when known. */
  readonly causeCode: string | undefined;
  readonly requestWritten: boolean;

  constructor(message: string, { causeCode, requestWritten, cause }: { causeCode?: string | undefined; requestWritten: boolean; cause?: unknown }) {
    super('NetworkError', message, { cause });
    this.causeCode = causeCode;
    this.requestWritten = requestWritten;
  }
}

/** The caller's AbortSignal fired. */
export class AbortError extends SdkError {
  override name: string = 'AbortError';

  constructor() {
    super('Aborted', 'The request was aborted');
  }
}

/** A 2xx response whose body is not valid JSON. The server may have acted on the request. */
export class ResponseParseError extends SdkError {
  override name: string = 'ResponseParseError';
  readonly statusCode: number;

  constructor(statusCode: number) {
    super('MalformedResponse', `The service answered ${statusCode} with a body that is not valid JSON`);
    this.statusCode = statusCode;
  }
}

/** No credentials were configured, they are incomplete, or the source that should provide them failed. */
export class CredentialsError extends SdkError {
  override name: string = 'CredentialsError';
  /** The credential source that failed (e.g. `ECS RAM role`), when one is to blame. */
  readonly source: string | undefined;

  constructor(message: string, options?: { cause?: unknown; source?: string }) {
    super('MissingCredentials', message, options);
    this.source = options?.source;
  }
}
