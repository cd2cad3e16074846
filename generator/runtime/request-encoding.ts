/**
 * How a request goes over the wire: its parameters put into the path, the query and headers, and its body as JSON.
 * The client sends what this returns; the generator writes the HTTP examples of the docs with it too, so that the
 * docs show exactly what is sent.
 */
import type { OperationDescriptor, ParamDescriptor } from './client-core.js';
import { checkHeaderValue, checkPathValue, ownValue, toJsonText } from './options.js';
import { percentEncode } from './signer.js';

/** The `content-type` of a request with a body. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

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
export function encodeRequest(op: OperationDescriptor, input: Record<string, unknown>): EncodedRequest {
  const query: [string, string][] = [];
  const headers: Record<string, string> = {};
  let path = op.path;
  for (const param of op.params) {
    const value = ownValue(input, param.name);
    if (param.in === 'path') {
      const text = value === undefined || value === null ? '' : String(value);
      checkPathValue(param.name, text);
      path = path.replace(`{${param.name}}`, percentEncode(text));
    } else if (value !== undefined && value !== null) {
      for (const text of serializeParam(param, value)) {
        if (param.in === 'query') query.push([param.name, text]);
        else {
          checkHeaderValue(param.name, text);
          headers[param.name.toLowerCase()] = text;
        }
      }
    }
  }
  const search = query.map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`).join('&');
  const bodyValue = op.body ? ownValue(input, 'body') : undefined;
  const encoded: EncodedRequest = { path, query, search, headers };
  if (bodyValue !== undefined) encoded.body = toJsonText('body', bodyValue);
  return encoded;
}

/** The wire values of one query or header parameter (several when an array is exploded). */
export function serializeParam(param: ParamDescriptor, value: unknown): string[] {
  if (param.style === 'json') return [toJsonText(param.name, value)];
  if (Array.isArray(value)) {
    const items = value.map((item) => (typeof item === 'object' && item !== null ? toJsonText(param.name, item) : String(item)));
    return param.explode === false || param.in === 'header' ? [items.join(',')] : items;
  }
  return [typeof value === 'object' ? toJsonText(param.name, value) : String(value)];
}
