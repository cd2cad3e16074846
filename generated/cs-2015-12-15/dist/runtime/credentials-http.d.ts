/**
 * HTTP and failures for the Node credential sources: requests go through the runtime's Node transport, and every
 * failure is a CredentialsError naming the source, with no key, token or response text in it (and no `cause`).
 */
import { type ExpiringCredentials } from './credentials-cache.js';
import { CredentialsError } from './errors.js';
import { type HttpRequest, type HttpResponse } from './transport.js';
export declare function credentialsFailure(source: string, reason: string): CredentialsError;
/** Scheme, host and port only: a URL's path or query may carry a token. */
export declare function originOf(url: string): string;
/** A configured endpoint: a full URL as given (plain http allowed), or a bare host reached with `scheme`. */
export declare function endpointUrl(endpoint: string, scheme?: 'https' | 'http'): string;
/** One request with its own deadline; connection failures and timeouts name the source and the origin only. */
export declare function credentialsRequest(source: string, request: HttpRequest, timeoutMs: number): Promise<HttpResponse>;
/** The parsed JSON object of a 200 response; anything else fails with the status and a safe error code. */
export declare function jsonBody(source: string, what: string, response: HttpResponse): Record<string, unknown>;
/** `AccessKeyId`, `AccessKeySecret`, `SecurityToken` and `Expiration`, as STS, ECS metadata and credentials URIs return them. */
export declare function temporaryCredentials(source: string, what: string, fields: unknown): ExpiringCredentials;
/** A query string or `application/x-www-form-urlencoded` body with RFC 3986 escapes. */
export declare function formEncode(fields: Readonly<Record<string, string>>): string;
