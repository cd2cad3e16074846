/**
 * How a request goes over the wire: its parameters put into the path, the query and headers, and its body as JSON.
 * The client sends what this returns; the generator writes the HTTP examples of the docs with it too, so that the
 * docs show exactly what is sent.
 */
import type { OperationDescriptor, ParamDescriptor } from './client-core.js';
/** The `content-type` of a request with a body. */
export declare const JSON_CONTENT_TYPE = "application/json; charset=utf-8";
export interface EncodedRequest {
    /** The path with its parameters percent-encoded (without the endpoint's own path prefix). */
    path: string;
    /** Query parameters in order, unencoded (the signature encodes them itself). */
    query: [string, string][];
    /** The query string as sent, without `?` (empty without query parameters). */
    search: string;
    /** Header parameters by lowercased name. */
    headers: Record<string, string>;
    /** The JSON body, when the operation has one and the request sets it. */
    body?: string;
}
/** The wire form of one request; a path or header value that cannot be sent is a ValidationError. */
export declare function encodeRequest(op: OperationDescriptor, input: Record<string, unknown>): EncodedRequest;
/** The wire values of one query or header parameter (several when an array is exploded). */
export declare function serializeParam(param: ParamDescriptor, value: unknown): string[];
