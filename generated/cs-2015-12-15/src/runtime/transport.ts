/**
 * The HTTP boundary. A transport sends one request and resolves with the whole response, or rejects:
 * with a NetworkError when the connection fails (saying whether the request may have been written),
 * or with anything once `ctx.signal` has fired (the client core tells timeouts and user aborts apart).
 * A transport never follows redirects: a 3xx is returned as it is.
 */

export interface HttpRequest {
  method: string;
  /** Full URL including the query string. */
  url: string;
  /** Lowercase header names. */
  headers: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  statusCode: number;
  /** Lowercase header names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: string;
}

export interface TransportContext {
  signal: AbortSignal;
  /**
   * Largest body to read, in bytes. Past it a transport stops reading, closes the connection and rejects with
   * ResponseTooLargeError; the built-in transports default to DEFAULT_MAX_RESPONSE_BYTES when it is absent.
   */
  maxResponseBytes?: number;
}

export type Transport = (request: HttpRequest, context: TransportContext) => Promise<HttpResponse>;

/** Error codes meaning the connection was never established, so the server cannot have seen the request. */
const NOT_CONNECTED_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export function isNotConnectedCode(code: string | undefined): boolean {
  return code !== undefined && NOT_CONNECTED_CODES.has(code);
}

/** The `code` of a system error (or of its `cause`, as fetch wraps them), if any. */
export function systemErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 3; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
