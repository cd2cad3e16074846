/**
 * The HTTP boundary. A transport sends one request and resolves with the whole response, or rejects:
 * with a NetworkError when the connection fails (saying whether the request may have been written),
 * or with anything once `ctx.signal` has fired (the client core tells timeouts and user aborts apart).
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
}
export type Transport = (request: HttpRequest, context: TransportContext) => Promise<HttpResponse>;
export declare function isNotConnectedCode(code: string | undefined): boolean;
/** The `code` of a system error (or of its `cause`, as fetch wraps them), if any. */
export declare function systemErrorCode(error: unknown): string | undefined;
