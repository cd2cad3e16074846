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
export declare function isNotConnectedCode(code: string | undefined): boolean;
/** The `code` of a system error (or of its `cause`, as fetch wraps them), if any. */
export declare function systemErrorCode(error: unknown): string | undefined;
